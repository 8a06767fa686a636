package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.examples.CommandRun.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files a hostile author gives with --rules: refused with their place, and nothing happens. */
class HostileRuleFilesTests {

    private static String rule(String then) {
        return "package org.example.rules\nimport java.util.List\nimport org.parley.rules.model.Detainee\n"
                + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\nwhen\n    $d : Detainee( )\nthen\n    "
                + then + "\nend\n";
    }

    @Test
    void aFormatterOpeningAFile_isRefused_andNoFileAppears(@TempDir Path dir) throws IOException {
        Path marker = dir.resolve("marker");
        Files.writeString(dir.resolve("open.drl"), rule("new java.util.Formatter(\"" + marker + "\").close();"));

        CommandRun run = CommandRun.of("validate", fixture("compliant.json"), "--rules", dir.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line)
                .startsWith(dir.resolve("open.drl") + ":8:19: forbidden use of Formatter"));
        assertThat(marker).doesNotExist();
    }

    @Test
    void aPackageOfADependency_isRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("picocli.drl"), rule("").replace("package org.example.rules", "package picocli"));

        CommandRun run = CommandRun.of("check-rules", dir.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains(dir.resolve("picocli.drl") + ":1:9: package picocli is reserved (package picocli is "
                + "on the class path); restricted mode allows rule files in a package of their own, such as "
                + "org.example.rules");
    }

    @Test
    void aFileOf200000ForbiddenTokens_isOneProblemAtOnce(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("huge.drl"), rule("System.exit(1);\n".repeat(200_000)));

        CommandRun run = CommandRun.of("check-rules", dir.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith(dir.resolve("huge.drl") + ":1:1: the rule file has ")
                .endsWith(" characters; restricted mode reads rule files of at most 262144 characters");
    }

    @Test
    void manyForbiddenUses_listTwentyAndCountTheRest_twoForEachSystemExit(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("many.drl"), rule("System.exit(1);\n".repeat(100)));

        CommandRun run = CommandRun.of("check-rules", dir.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.errLines()).hasSize(21);
        assertThat(run.errLines().get(20)).isEqualTo("... and 180 more problems (200 in all)");
    }
}
