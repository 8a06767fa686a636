package org.parley.rules.examples;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, run as a command for each page: {@code --dump-dom} gives the
 * DOM after load, {@code --enable-logging=stderr} every console message (a page with no
 * script has none, unless something it asked for was refused, such as a load its
 * Content-Security-Policy blocks), {@code --screenshot} a PNG. Each run has a fresh profile
 * and no background networking, and resolves no host name.
 */
final class HeadlessChromium {

    /** The one line printed when the browser tests are skipped. */
    static final String HOW_TO_INSTALL = "browser tests skipped: no Chromium found; install one with "
            + "`sudo apt-get install -y chromium-headless-shell` (or chromium), or name it with -Dparley.chromium=PATH";

    private static final List<String> NAMES = List.of("chromium-headless-shell", "chromium", "chromium-browser",
            "google-chrome");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser named by {@code -Dparley.chromium}, else the first of the usual names on the PATH. */
    static Optional<HeadlessChromium> find() {
        String named = System.getProperty("parley.chromium", "");
        if (!named.isBlank()) {
            Path p = Path.of(named);
            return Files.isExecutable(p) ? Optional.of(new HeadlessChromium(p)) : Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(new HeadlessChromium(p));
                }
            }
        }
        return Optional.empty();
    }

    /** What a page became in the browser. */
    record Rendered(String dom, List<String> console) {
    }

    /** Loads the page and returns the DOM after load and every console message. */
    Rendered render(Path page) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("parley-chromium");
        try {
            Path out = work.resolve("dom.html");
            Path err = work.resolve("stderr.txt");
            run(work, out, err, "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString());
            List<String> console = new ArrayList<>();
            for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
                if (line.contains(":CONSOLE")) {
                    console.add(line);
                }
            }
            return new Rendered(Files.readString(out, StandardCharsets.UTF_8), console);
        } finally {
            delete(work);
        }
    }

    /** Writes a PNG of the page's first {@code height} pixels at the given width. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("parley-chromium");
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            run(work, work.resolve("out.txt"), work.resolve("err.txt"), "--hide-scrollbars",
                    "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                    page.toUri().toString());
            if (!Files.isRegularFile(png)) {
                throw new IOException("Chromium wrote no screenshot " + png + ": "
                        + Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
            }
        } finally {
            delete(work);
        }
    }

    private void run(Path work, Path out, Path err, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + work.resolve("profile")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException("Chromium exited with " + process.exitValue() + ": "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public String toString() {
        return binary.toString();
    }
}
