package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.examples.CommandRun.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits and runaway rule code end in a clear line and an exit status of their own, not 2. */
class LimitExitTests {

    @Test
    void theFiringLimit_isExitThreeNamingTheRule() {
        // example.json's rules fire 14 times; compliant.json's once, under any useful limit.
        CommandRun run = CommandRun.of("validate", fixture("example.json"), "--max-firings", "3");

        assertThat(run.status).isEqualTo(3);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("parley: validation stopped after 3 rule firings, the limit (maxFirings, --max-firings); "
                        + "the rule that fired most: \""));
    }

    @Test
    void recursionInARestrictedRuleFile_isExitFour(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("deep.drl"), "package org.example.rules\n"
                + "import org.parley.rules.model.Detainee\n"
                + "function int deeper(int n) { return deeper(n + 1) + 1; }\n"
                + "rule \"DEEP-01 recurse\" @derives(\"nothing\")\n"
                + "when\n    $d : Detainee( )\nthen\n    deeper(0);\nend\n");

        CommandRun run = CommandRun.of("validate", fixture("compliant.json"), "--rules", dir.toString());

        assertThat(run.status).isEqualTo(4);
        assertThat(run.errLines()).containsExactly("parley: validation stopped: rule code recursed deeper than the "
                + "thread's stack, in rule \"DEEP-01 recurse\"");
    }

    @Test
    void help_namesTheLimitsAndTheirExitStatuses() {
        CommandRun run = CommandRun.of("validate", "--help");

        assertThat(run.out).contains("--max-firings=N", "--timeout=SECONDS",
                "  3  a validation reached its firing or time limit (--max-firings, --timeout)",
                "  4  rule code recursed deeper than the stack (StackOverflowError)",
                "  5  out of memory: the rules and the record need more heap than -Xmx gives");
    }
}
