package org.parley.rules.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.RuleProblem;
import org.parley.rules.Validator;
import org.parley.rules.ValidatorBuilder;
import org.parley.rules.Validators;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.ResourceUtils;

/**
 * The outcome of compiling the rules at start-up: the validator, or the problems of the
 * rule files when they did not compile (and {@code parley.rules.fail-fast} is false).
 * The health indicator reads it.
 */
public final class ParleyRules {

    private final Validator validator;
    private final List<RuleProblem> problems;
    private final List<String> ruleFiles;

    private ParleyRules(Validator validator, List<RuleProblem> problems, List<String> ruleFiles) {
        this.validator = validator;
        this.problems = List.copyOf(problems);
        this.ruleFiles = List.copyOf(ruleFiles);
    }

    /**
     * Reads and compiles the rule files the properties name.
     *
     * @throws RuleCompilationException                  if they do not compile and fail-fast is on
     * @throws InvalidConfigurationPropertyValueException if a location names no rule file, or
     *                                                    a limit is not positive
     */
    static ParleyRules compile(ParleyProperties.Rules properties, ParleyProperties.Limits limits,
                               ResourceLoader resourceLoader) {
        ValidatorBuilder builder = Validators.builder();
        try {
            builder.maxFirings(limits.getMaxFirings());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationPropertyValueException("parley.limits.max-firings",
                    limits.getMaxFirings(), e.getMessage());
        }
        try {
            builder.timeout(limits.getTimeout());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidConfigurationPropertyValueException("parley.limits.timeout",
                    limits.getTimeout(), "timeout must be positive, was " + limits.getTimeout());
        }
        if (!properties.isBuiltIn()) {
            builder.withoutBuiltInRules();
        }
        if (properties.isRestricted()) {
            builder.restricted();
        }
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(resourceLoader);
        List<String> files = new ArrayList<>();
        List<String> locations = properties.getLocations();
        for (int i = 0; i < locations.size(); i++) {
            String property = "parley.rules.locations[" + i + "]";
            String location = locations.get(i).strip();
            try {
                if (isResourceLocation(location)) {
                    addResources(builder, resolver, location, property, files);
                } else {
                    builder.addRules(Path.of(location));
                    files.add(location);
                }
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new InvalidConfigurationPropertyValueException(property, location, e.getMessage());
            }
        }
        if (!properties.isBuiltIn() && files.isEmpty()) {
            throw new InvalidConfigurationPropertyValueException("parley.rules.built-in", false,
                    "with the built-in rules left out, parley.rules.locations must name at least one rule file");
        }
        try {
            return new ParleyRules(builder.build(), List.of(), files);
        } catch (RuleCompilationException e) {
            if (properties.isFailFast()) {
                throw e;
            }
            return new ParleyRules(null, e.problems(), files);
        }
    }

    private static boolean isResourceLocation(String location) {
        return location.startsWith(ResourceUtils.CLASSPATH_URL_PREFIX)
                || location.startsWith(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX)
                || location.startsWith(ResourceUtils.FILE_URL_PREFIX)
                || location.contains("*") || location.contains("?");
    }

    private static void addResources(ValidatorBuilder builder, ResourcePatternResolver resolver, String location,
                                     String property, List<String> files) {
        Resource[] resources;
        try {
            resources = resolver.getResources(location);
        } catch (IOException e) {
            throw new InvalidConfigurationPropertyValueException(property, location,
                    "cannot list rule files: " + e.getMessage());
        }
        List<Resource> found = Arrays.stream(resources).filter(Resource::isReadable)
                .sorted(Comparator.comparing(ParleyRules::name)).toList();
        if (found.isEmpty()) {
            throw new InvalidConfigurationPropertyValueException(property, location, "no rule file matches it");
        }
        for (Resource resource : found) {
            String name = name(resource);
            try {
                builder.addRules(name, resource.getContentAsString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InvalidConfigurationPropertyValueException(property, location,
                        "cannot read rule file " + name + ": " + e.getMessage());
            }
            files.add(name);
        }
    }

    private static String name(Resource resource) {
        try {
            if (resource.isFile()) {
                return resource.getFile().getPath();
            }
            return resource.getURI().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }

    /** The validator, empty when the rule files did not compile. */
    public Optional<Validator> validator() {
        return Optional.ofNullable(validator);
    }

    /** The problems of the rule files, empty when they compiled. */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** The rule files of your own that were loaded, beside the built-in ones. */
    public List<String> ruleFiles() {
        return ruleFiles;
    }

    /** Whether the rules compiled. */
    public boolean compiled() {
        return validator != null;
    }
}
