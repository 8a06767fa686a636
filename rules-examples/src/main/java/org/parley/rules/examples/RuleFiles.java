package org.parley.rules.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.RuleProblem;
import org.parley.rules.Validator;
import org.parley.rules.ValidatorBuilder;
import org.parley.rules.Validators;

/**
 * The rule files named on the command line ({@code --rules DIR}, {@code check-rules DIR}),
 * and the validator built from them.
 *
 * <p>Each path is a rule file, or a folder whose {@code *.drl} files below it are taken in
 * path order, as {@link ValidatorBuilder#addRules(Path)} takes them. A file reached twice
 * (named itself and found in a folder, say) is loaded once, so that its rules do not clash
 * with themselves. Files are named in problems and reports by the path as given, such as
 * {@code docs/authoring/batch-limit.drl}.
 *
 * <p>Rule files from the command line are not trusted: they are compiled in restricted mode
 * ({@link ValidatorBuilder#restricted()}), beside the built-in rules, so that their rule
 * names may not clash with the built-in ones and their imports resolve as they will when
 * they validate.
 *
 * @param files the rule files, in load order, without repeats
 */
record RuleFiles(List<RuleFile> files) {

    RuleFiles {
        files = List.copyOf(files);
    }

    /**
     * One rule file, read once, so that what is compiled and what is counted are the same text.
     *
     * @param path the path, as given or found below a folder given
     * @param text the content
     */
    record RuleFile(Path path, String text) {
    }

    /** Thrown when a path names no rule file that can be read; the message is a line for a user. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Finds the rule files of the given paths.
     *
     * @throws Unreadable if a path does not exist, is a folder with no {@code *.drl} file, or
     *                  cannot be listed or read
     */
    static RuleFiles find(List<String> paths) throws Unreadable {
        List<RuleFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String given : paths) {
            for (Path file : filesOf(given)) {
                if (seen.add(file.toAbsolutePath().normalize())) {
                    files.add(read(file));
                }
            }
        }
        return new RuleFiles(files);
    }

    private static RuleFile read(Path file) throws Unreadable {
        try {
            return new RuleFile(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unreadable("cannot read rule file " + file + ": " + reason(e));
        }
    }

    private static List<Path> filesOf(String given) throws Unreadable {
        Path path;
        try {
            path = Path.of(given);
        } catch (InvalidPathException e) {
            throw new Unreadable("no such rule file or folder: " + given);
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new Unreadable("no such rule file or folder: " + given);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new Unreadable("cannot list rule files in " + given + ": " + reason(e));
        }
        if (files.isEmpty()) {
            throw new Unreadable("no rule file (*.drl) in " + given);
        }
        return files;
    }

    /**
     * Builds a validator with the built-in rules and these files, in restricted mode.
     *
     * @throws RuleCompilationException if a file does not compile or breaks the conventions
     */
    Validator build() {
        return build(new LimitOptions());
    }

    /** Compiles the files in restricted mode beside the built-in rules, with the given limits. */
    Validator build(LimitOptions limits) {
        ValidatorBuilder builder = limits.apply(Validators.builder().restricted())
                .progressListener(ProgressLine.LISTENER);
        // Named by their path as addRules(Path) names them.
        files.forEach(file -> builder.addRules(file.path().toString(), file.text()));
        return builder.build();
    }

    /**
     * A validator and the rule files it was built with.
     *
     * @param files     the rule files
     * @param validator the validator of the built-in rules and those files
     */
    record Compiled(RuleFiles files, Validator validator) {
    }

    /**
     * Finds and compiles rule files, or prints on {@code err} why it cannot: the one path
     * that names no rule file, or every problem of every file, one
     * {@code FILE:LINE:COLUMN: message} line each.
     *
     * @param paths rule files or folders, as given on the command line
     * @return the files and their validator, or empty after printing the problems
     */
    static Optional<Compiled> compile(List<String> paths, PrintWriter err) {
        return compile(paths, err, new LimitOptions());
    }

    /** As {@link #compile(List, PrintWriter)}, the validator built with the given limits. */
    static Optional<Compiled> compile(List<String> paths, PrintWriter err, LimitOptions limits) {
        try {
            RuleFiles files = find(paths);
            return Optional.of(new Compiled(files, files.build(limits)));
        } catch (Unreadable e) {
            err.println("parley: " + TerminalText.printable(e.getMessage()));
        } catch (RuleCompilationException e) {
            for (RuleProblem problem : e.problems()) {
                err.println(TerminalText.printable(problem.toString()));
            }
            e.unlisted().ifPresent(err::println);
        }
        err.flush();
        return Optional.empty();
    }

    /** Why an I/O operation failed, in a few words. */
    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof MalformedInputException) {
            return "not UTF-8 text";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
