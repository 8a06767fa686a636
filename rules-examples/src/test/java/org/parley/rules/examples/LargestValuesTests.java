package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest values the scenario format accepts, read from a file and judged: counts and
 * commitments of 2^31 - 1, a window of 2^31 - 1 minutes, handover times in the years 0000 and
 * 9999. No sum, difference or conversion may wrap around.
 */
class LargestValuesTests {

    @TempDir
    Path dir;

    @Test
    void remainsAtTheLargestCount_areSummedWithoutWrappingAround() throws IOException {
        Path file = Files.writeString(dir.resolve("remains.json"), """
                {
                  "agreement": {
                    "id": "largest", "signedOn": "2025-06-02", "asOf": "2025-06-30",
                    "parties": [ { "code": "UA" }, { "code": "RU" } ],
                    "terms": [ { "type": "REMAINS", "from": "RU", "commitment": 2147483647,
                                 "completeBy": "2025-06-30" } ]
                  },
                  "detainees": [],
                  "batches": [],
                  "remains": [
                    { "id": "R1", "date": "2025-06-10", "from": "RU", "to": "UA", "count": 2147483647 },
                    { "id": "R2", "date": "2025-06-11", "from": "RU", "to": "UA", "count": 2147483647 }
                  ]
                }
                """);

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).containsExactly(
                file + ": agreement largest as of 2025-06-30: COMPLIANT (0 errors, 0 warnings, 0 info)");
        assertThat(run.status).isZero();
    }

    @Test
    void theLargestWindow_betweenTheEarliestAndLatestInstants_isMeasuredExactly() throws IOException {
        Path file = Files.writeString(dir.resolve("window.json"), """
                {
                  "agreement": {
                    "id": "largest", "signedOn": "2025-06-02",
                    "parties": [ { "code": "UA" }, { "code": "RU" } ],
                    "terms": [ { "type": "SIMULTANEITY", "windowMinutes": 2147483647 } ]
                  },
                  "detainees": [ { "id": "UA-1", "heldBy": "RU" }, { "id": "RU-1", "heldBy": "UA" } ],
                  "batches": [ { "id": "B1", "date": "2025-06-09", "transfers": [
                    { "detainee": "UA-1", "basis": "OTHER", "at": "0000-01-01T00:00:00Z" },
                    { "detainee": "RU-1", "basis": "OTHER", "at": "9999-12-31T23:59:59Z" } ] } ]
                }
                """);

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).containsExactly(
                file + ": agreement largest as of 2025-06-09: NOT COMPLIANT (1 error, 0 warnings, 0 info)",
                "  ERROR   SIMULTANEITY [B1]: in batch B1 (2025-06-09) the first handovers of UA "
                        + "(9999-12-31T23:59:59Z) and RU (0000-01-01T00:00:00Z) are 5259491999 minutes 59 seconds "
                        + "apart, more than the 2147483647 minutes allowed");
        assertThat(run.status).isEqualTo(1);
    }
}
