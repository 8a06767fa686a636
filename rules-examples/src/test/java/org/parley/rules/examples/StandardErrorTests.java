package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standard error is a terminal when its file descriptor's link names a terminal device. */
class StandardErrorTests {

    @TempDir
    Path dir;

    private Path linkTo(String target) throws Exception {
        return Files.createSymbolicLink(dir.resolve("fd2"), Path.of(target));
    }

    @Test
    void aPseudoTerminal_aConsoleAndATty_areTerminals() throws Exception {
        assertThat(StandardError.isTerminal(linkTo("/dev/pts/3"), false)).isTrue();
        Files.delete(dir.resolve("fd2"));
        assertThat(StandardError.isTerminal(linkTo("/dev/tty1"), false)).isTrue();
        Files.delete(dir.resolve("fd2"));
        assertThat(StandardError.isTerminal(linkTo("/dev/console"), false)).isTrue();
    }

    @Test
    void aPipe_aSocketAFileAndTheNullDevice_areNot_whateverTheConsoleSays() throws Exception {
        for (String target : new String[] {"pipe:[48213]", "socket:[9912]", "/home/me/log.txt", "/dev/null"}) {
            Path link = linkTo(target);
            assertThat(StandardError.isTerminal(link, true)).as(target).isFalse();
            Files.delete(link);
        }
    }

    @Test
    void withNoLinkToRead_theConsoleDecides() {
        Path none = dir.resolve("no-such-link");

        assertThat(StandardError.isTerminal(none, true)).isTrue();
        assertThat(StandardError.isTerminal(none, false)).isFalse();
    }

    @Test
    void aStreamOtherThanSystemErr_isNeverATerminal() {
        StandardError standardError = StandardError.of(new PrintStream(new ByteArrayOutputStream()));

        assertThat(standardError.terminal()).isFalse();
        assertThat(standardError.largeBytes()).isEqualTo(4L << 20);
    }
}
