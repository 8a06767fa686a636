package org.parley.rules.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ToIntFunction;
import org.parley.rules.json.Text;

/**
 * The file of {@code validate --output OUT}: the report is written to a new file beside OUT
 * and moved onto OUT once the run is over, so that OUT is never half written, and a run that
 * writes nothing (every scenario bad, a run cut short) leaves OUT as it was. OUT may not be
 * one of the scenarios read: a report written over its own scenario would lose the scenario.
 * An OUT that is there and not a regular file (a device such as {@code /dev/null}, a pipe,
 * {@code /dev/stdout}) is written as it is, as it always was: it cannot be replaced.
 */
final class ReportFile {

    private final String name;
    private final PrintWriter err;

    /**
     * @param name OUT as given
     * @param err  where problems are printed
     */
    ReportFile(String name, PrintWriter err) {
        this.name = name;
        this.err = err;
    }

    /**
     * Runs {@code validate} with a writer on the new file, then puts the file in OUT's place.
     *
     * @param scenarios the FILE arguments ({@code -} is standard input)
     * @return the run's status, or {@link ScenarioValidation#BAD_INPUT} when OUT is a scenario or
     * cannot be written (nothing is then read)
     */
    int write(List<String> scenarios, ToIntFunction<PrintWriter> validate) {
        Path target;
        try {
            target = Path.of(name);
        } catch (InvalidPathException e) {
            return cannotWrite("not a valid path");
        }
        if (Files.isDirectory(target)) {
            return cannotWrite("a folder");
        }
        Optional<String> same = scenarioAt(target, scenarios);
        if (same.isPresent()) {
            err.println("parley: --output " + Text.printable(name) + " is the scenario " + Text.printable(same.get())
                    + ": the report would replace it; give another file");
            err.flush();
            return ScenarioValidation.BAD_INPUT;
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device, a pipe (/dev/null, /dev/stdout): written as it is, never replaced.
            return inPlace(target, validate);
        }
        Path out;
        try {
            // Through a symbolic link to the file it names, as writing OUT in place would; a link
            // to no file yet names the file to make.
            out = !Files.isSymbolicLink(target) ? target
                    : Files.exists(target) ? target.toRealPath() : target.resolveSibling(Files.readSymbolicLink(target));
        } catch (IOException e) {
            return cannotWrite(reason(e));
        }
        Path temporary;
        try {
            temporary = newFileBeside(out);
        } catch (IOException e) {
            return cannotWrite(reason(e));
        }
        // A run stopped by a signal (Ctrl-C, SIGTERM) skips the finally below, not the JVM's
        // shutdown, which removes the file then.
        temporary.toFile().deleteOnExit();
        try {
            int status;
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8))) {
                status = validate.applyAsInt(writer);
                if (writer.checkError()) {
                    return cannotWrite("the report could not be written");
                }
            }
            if (Files.size(temporary) == 0 && status == ScenarioValidation.BAD_INPUT) {
                // Nothing to show for the run: what OUT held stays.
                return status;
            }
            keepPermissions(out, temporary);
            move(temporary, out);
            return status;
        } catch (IOException e) {
            return cannotWrite(reason(e));
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // A temporary file that cannot be removed is left beside OUT; OUT itself is sound.
            }
        }
    }

    /** Runs {@code validate} writing straight to {@code target}, a file that is not a regular file. */
    private int inPlace(Path target, ToIntFunction<PrintWriter> validate) {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
            int status = validate.applyAsInt(writer);
            return writer.checkError() ? cannotWrite("the report could not be written") : status;
        } catch (IOException e) {
            return cannotWrite(reason(e));
        }
    }

    /** The scenario among {@code scenarios} that is the file {@code target}, if any. */
    private static Optional<String> scenarioAt(Path target, List<String> scenarios) {
        if (!Files.exists(target)) {
            return Optional.empty();
        }
        for (String scenario : scenarios) {
            if (scenario.equals("-")) {
                continue;
            }
            try {
                if (Files.isSameFile(target, Path.of(scenario))) {
                    return Optional.of(scenario);
                }
            } catch (IOException | InvalidPathException e) {
                // A scenario that is not there is not OUT; reading it reports it.
            }
        }
        return Optional.empty();
    }

    /** A new, empty file in OUT's folder, hidden by its leading dot, with the default permissions. */
    private static Path newFileBeside(Path out) throws IOException {
        Path folder = out.toAbsolutePath().getParent();
        String base = "." + out.getFileName() + ".";
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve(base + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** OUT's permissions on the new file, when OUT exists: replacing a file does not change who may read it. */
    private static void keepPermissions(Path out, Path temporary) throws IOException {
        PosixFileAttributeView was = Files.getFileAttributeView(out, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (was != null && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(temporary, was.readAttributes().permissions());
        }
    }

    private static void move(Path temporary, Path out) throws IOException {
        try {
            Files.move(temporary, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private int cannotWrite(String why) {
        err.println("parley: cannot write " + Text.printable(name) + ": " + Text.printable(why));
        err.flush();
        return ScenarioValidation.BAD_INPUT;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
