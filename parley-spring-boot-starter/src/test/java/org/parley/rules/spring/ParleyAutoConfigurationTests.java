package org.parley.rules.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.RuleProblem;
import org.parley.rules.ValidationException;
import org.parley.rules.ValidationLimitException;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.Violation;
import org.parley.rules.micrometer.MeteredValidator;
import org.parley.rules.model.CustomTerm;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

class ParleyAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ParleyAutoConfiguration.class));

    private static List<String> codes(ValidationReport report) {
        return report.violations().stream().map(Violation::code).toList();
    }

    private static List<RuleProblem> problemsOfTheBrokenFile() throws Exception {
        Path broken = new ClassPathResource("broken-rules/broken.drl").getFile().toPath();
        try {
            Validators.builder().addRules(broken).build();
        } catch (RuleCompilationException e) {
            return e.problems();
        }
        throw new AssertionError("broken.drl compiled");
    }

    @Test
    void byDefault_aValidatorOfTheBuiltInRulesUnmeteredWithoutARegistry() {
        runner.run(context -> {
            Validator validator = context.getBean(Validator.class);
            assertThat(validator).isNotInstanceOf(MeteredValidator.class);
            assertThat(validator.termTypes()).isEqualTo(CustomTerm.BUILT_IN_TYPES);
            assertThat(codes(validator.validate(Records.readmeRecord()))).containsExactly("AGE_LIMIT", "ALL_FOR_ALL");
            assertThat(context.getBean(ParleyRules.class).ruleFiles()).isEmpty();
        });
    }

    @Test
    void withAMeterRegistry_theValidatorIsMetered() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            Validator validator = context.getBean(Validator.class);
            assertThat(validator).isInstanceOf(MeteredValidator.class);
            validator.validate(Records.readmeRecord());
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("parley.validations").tags("outcome", "not_compliant").timer().count())
                    .isEqualTo(1);
            assertThat(registry.get("parley.violations").tags("code", "AGE_LIMIT", "severity", "ERROR")
                    .counter().count()).isEqualTo(1.0);
            assertThat(registry.get("parley.sessions.open").gauge().value()).isEqualTo(0.0);
        });
    }

    @Test
    void metricsDisabled_theValidatorIsNotMetered() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("parley.metrics.enabled=false")
                .run(context -> assertThat(context.getBean(Validator.class)).isNotInstanceOf(MeteredValidator.class));
    }

    @Test
    void locations_loadClasspathPatternsAndFolders() {
        runner.withPropertyValues("parley.rules.locations=classpath*:rules/**/*.drl, src/test/resources/more-rules")
                .run(context -> {
                    assertThat(context.getBean(Validator.class).termTypes()).contains("BATCH_LIMIT", "DETAINEE_CAP");
                    List<String> files = context.getBean(ParleyRules.class).ruleFiles();
                    assertThat(files).hasSize(2);
                    assertThat(files.get(0)).endsWith(Path.of("rules", "batch-limit.drl").toString());
                    assertThat(files.get(1)).isEqualTo("src/test/resources/more-rules");
                });
    }

    @Test
    void health_isUpWithTheTermTypesAndFiles() {
        runner.withPropertyValues("parley.rules.locations=classpath:rules/batch-limit.drl").run(context -> {
            Health health = context.getBean(ParleyHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("rulesCompiled", true);
            assertThat(health.getDetails().get("termTypes")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class)).contains("BATCH_LIMIT", "AGE_LIMIT");
            assertThat((List<?>) health.getDetails().get("ruleFiles")).hasSize(1);
        });
    }

    @Test
    void healthDisabled_noIndicator() {
        runner.withPropertyValues("management.health.parley.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ParleyHealthIndicator.class));
    }

    @Test
    void rulesThatDoNotCompile_failTheStartWithEveryProblemAsFileLineColumn() throws Exception {
        List<RuleProblem> expected = problemsOfTheBrokenFile();
        runner.withPropertyValues("parley.rules.locations=classpath:broken-rules/broken.drl").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            FailureAnalysis analysis = new RuleCompilationFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            String lines = String.join("\n", expected.stream().map(p -> "    " + p).toList());
            assertThat(analysis.getDescription()).isEqualTo("Parley's rule files did not compile ("
                    + expected.size() + (expected.size() == 1 ? " problem" : " problems") + "):\n\n" + lines);
            assertThat(analysis.getDescription()).containsPattern("broken\\.drl:8:\\d+: ");
            assertThat(analysis.getAction()).startsWith("Fix the rule files above");
        });
    }

    @Test
    void failFastOff_startsWithHealthDownAndAValidatorThatThrows() throws Exception {
        List<RuleProblem> expected = problemsOfTheBrokenFile();
        runner.withPropertyValues("parley.rules.locations=classpath:broken-rules/broken.drl",
                "parley.rules.fail-fast=false").run(context -> {
                    assertThat(context).hasNotFailed();
                    Health health = context.getBean(ParleyHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsEntry("rulesCompiled", false)
                            .containsEntry("problems", expected.stream().map(RuleProblem::toString).toList());
                    Validator validator = context.getBean(Validator.class);
                    assertThatThrownBy(() -> validator.validate(Records.readmeRecord()))
                            .isInstanceOf(ValidationException.class)
                            .hasMessage("Parley's rule files did not compile, so no record can be validated:\n"
                                    + String.join("\n", expected.stream().map(RuleProblem::toString).toList()));
                    assertThatThrownBy(() -> validator.openSession(Records.readmeRecord().agreement()))
                            .isInstanceOf(ValidationException.class);
                });
    }

    @Test
    void aLocationWithNoRuleFile_failsNamingTheProperty() {
        runner.withPropertyValues("parley.rules.locations=classpath:rules/batch-limit.drl, no/such/folder")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                            .hasMessage("Property parley.rules.locations[1] with value 'no/such/folder' is invalid: "
                                    + "no such rule file or folder: no/such/folder");
                });
        runner.withPropertyValues("parley.rules.locations=classpath*:nothing/**/*.drl").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("Property parley.rules.locations[0] with value 'classpath*:nothing/**/*.drl' "
                                + "is invalid: no rule file matches it"));
        runner.withPropertyValues("parley.rules.built-in=false").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("Property parley.rules.built-in with value 'false' is invalid: with the built-in "
                                + "rules left out, parley.rules.locations must name at least one rule file"));
    }

    @Test
    void builtInOff_onlyTheRulesOfTheLocations() {
        runner.withPropertyValues("parley.rules.built-in=false", "parley.rules.locations=classpath:rules/batch-limit.drl")
                .run(context -> assertThat(context.getBean(Validator.class).termTypes())
                        .isEqualTo(java.util.Set.of("BATCH_LIMIT")));
    }

    @Test
    void restricted_holdsTheRuleFilesToTheRestrictedVocabulary() {
        runner.withPropertyValues("parley.rules.restricted=true",
                "parley.rules.locations=classpath:restricted-rules/exits.drl").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(RuleCompilationException.class);
                    Throwable cause = context.getStartupFailure();
                    while (!(cause instanceof RuleCompilationException)) {
                        cause = cause.getCause();
                    }
                    List<RuleProblem> problems = ((RuleCompilationException) cause).problems();
                    assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.file()).endsWith("exits.drl"));
                    assertThat(problems.toString()).contains("System");
                });
        runner.withPropertyValues("parley.rules.locations=classpath:restricted-rules/exits.drl")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void limits_maxFiringsOfOne_stopsTheValidationOfTheReadmeRecord() {
        runner.withPropertyValues("parley.limits.max-firings=1").run(context -> {
            Validator validator = context.getBean(Validator.class);
            assertThatThrownBy(() -> validator.validate(Records.readmeRecord()))
                    .isInstanceOf(ValidationLimitException.class)
                    .hasMessageStartingWith("validation stopped after ")
                    .hasMessageContaining(" rule firings, the limit (maxFirings, --max-firings); the rule that fired most: ")
                    .satisfies(e -> assertThat(((ValidationLimitException) e).limit())
                            .isEqualTo(ValidationLimitException.Limit.FIRINGS));
        });
    }

    @Test
    void limits_timeout_isBoundAndTheDefaultsValidateAsBefore() {
        runner.withPropertyValues("parley.limits.timeout=30s").run(context -> {
            assertThat(context.getBean(ParleyProperties.class).getLimits().getTimeout()).hasSeconds(30);
            assertThat(codes(context.getBean(Validator.class).validate(Records.readmeRecord())))
                    .containsExactly("AGE_LIMIT", "ALL_FOR_ALL");
        });
    }

    @Test
    void limits_notPositive_failTheStartNamingThePropertyWithTheBuildersMessage() {
        runner.withPropertyValues("parley.limits.max-firings=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                    .hasMessage("Property parley.limits.max-firings with value '0' is invalid: "
                            + "maxFirings must be positive, was 0");
        });
        runner.withPropertyValues("parley.limits.timeout=0s").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                        .hasMessage("Property parley.limits.timeout with value 'PT0S' is invalid: "
                                + "timeout must be positive, was PT0S"));
    }

    @Test
    void aValidatorBeanOfYourOwn_replacesTheAutoConfiguredOne() {
        Validator own = record -> new ValidationReport("x", record.agreement().signedOn(), List.of());
        runner.withBean(Validator.class, () -> own).run(context -> {
            assertThat(context.getBean(Validator.class)).isSameAs(own);
            assertThat(context.getBeansOfType(Validator.class)).isEqualTo(Map.of("validator", own));
        });
    }
}
