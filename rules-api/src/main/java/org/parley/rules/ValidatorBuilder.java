package org.parley.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.rules.spi.ValidatorConfiguration;

/**
 * Builds a validator from the built-in rules and rule files of your own.
 *
 * <pre>{@code
 * Validator validator = Validators.builder()
 *         .addRules(Path.of("rules"))          // every *.drl below the folder
 *         .build();
 * }</pre>
 *
 * <p>Files are read when added, so a missing file fails at once; they are compiled by
 * {@link #build()}, which reports every problem of every file in one
 * {@link RuleCompilationException}. A builder is not thread-safe; the validator it builds is.
 */
public final class ValidatorBuilder {

    private boolean builtInRules = true;
    private boolean restricted;
    private long maxFirings = ValidatorConfiguration.DEFAULT_MAX_FIRINGS;
    private Duration timeout = ValidatorConfiguration.DEFAULT_TIMEOUT;
    private Optional<ProgressListener> progressListener = Optional.empty();
    private final List<RuleSource> sources = new ArrayList<>();

    ValidatorBuilder() {
    }

    /** Leaves the built-in rule files out: only the rules added here are loaded. */
    public ValidatorBuilder withoutBuiltInRules() {
        builtInRules = false;
        return this;
    }

    /**
     * Holds the rule files added here to the restricted vocabulary: they may use the fact
     * model, the reporting helper, java.time, java.util collections and java.lang basics,
     * and nothing else (no System, reflection, files, network or threads). Use it for rule
     * files you did not write. The built-in rules are trusted.
     */
    public ValidatorBuilder restricted() {
        restricted = true;
        return this;
    }

    /**
     * Sets the most rule firings of one validation or session report (default
     * {@value ValidatorConfiguration#DEFAULT_MAX_FIRINGS}); past it the validation stops with a
     * {@link ValidationLimitException} naming the rule that fired most.
     *
     * @throws IllegalArgumentException if the limit is not positive
     */
    public ValidatorBuilder maxFirings(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("maxFirings must be positive, was " + limit);
        }
        maxFirings = limit;
        return this;
    }

    /**
     * Sets the longest time one validation or session report may take (default 30 minutes);
     * past it the validation stops, between two rule firings, with a
     * {@link ValidationLimitException}.
     *
     * @throws IllegalArgumentException if the time is not positive
     */
    public ValidatorBuilder timeout(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + limit);
        }
        timeout = limit;
        return this;
    }

    /**
     * Sets who hears how far each validation, explanation and session report of the
     * validator has come: the facts in the engine and the rules fired, every
     * {@value ProgressListener#FIRINGS_STEP} firings (see {@link ProgressListener} for when
     * and on which thread). A later call replaces the listener. Without one, nothing is
     * counted or called for progress.
     *
     * @throws NullPointerException if the listener is null
     */
    public ValidatorBuilder progressListener(ProgressListener listener) {
        progressListener = Optional.of(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * Adds a rule file, or every {@code *.drl} file below a folder, in path order.
     *
     * @throws UncheckedIOException     if a file cannot be read
     * @throws IllegalArgumentException if the path does not exist, or a folder holds no rule file
     */
    public ValidatorBuilder addRules(Path fileOrFolder) {
        Objects.requireNonNull(fileOrFolder, "fileOrFolder");
        if (Files.isDirectory(fileOrFolder)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(fileOrFolder)) {
                files = walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list rule files in " + fileOrFolder, e);
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no rule file (*.drl) in " + fileOrFolder);
            }
            files.forEach(this::addFile);
        } else if (Files.isRegularFile(fileOrFolder)) {
            addFile(fileOrFolder);
        } else {
            throw new IllegalArgumentException("no such rule file or folder: " + fileOrFolder);
        }
        return this;
    }

    private void addFile(Path file) {
        try {
            sources.add(new RuleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        }
    }

    /**
     * Adds a rule file from the classpath, such as {@code com/example/rules/batch-limit.drl}.
     *
     * @throws IllegalArgumentException if there is no such resource
     */
    public ValidatorBuilder addRulesFromClasspath(ClassLoader loader, String resource) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no rule file on the classpath at " + resource);
            }
            sources.add(new RuleSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + resource, e);
        }
        return this;
    }

    /** Adds a rule file given as text, under a name used in problems. */
    public ValidatorBuilder addRules(String name, String drl) {
        sources.add(new RuleSource(name, drl));
        return this;
    }

    /**
     * Compiles the rules and builds the validator.
     *
     * @return a new thread-safe validator
     * @throws RuleCompilationException if a rule file does not compile or breaks the conventions
     * @throws IllegalStateException    if the built-in rules are left out and no rule file was added
     * @throws NoProviderException      if no implementation is on the classpath
     */
    public Validator build() {
        if (!builtInRules && sources.isEmpty()) {
            throw new IllegalStateException("no rules: add a rule file or keep the built-in rules");
        }
        return Validators.provider().newValidator(new ValidatorConfiguration(builtInRules, sources, restricted,
                maxFirings, timeout, progressListener));
    }
}
