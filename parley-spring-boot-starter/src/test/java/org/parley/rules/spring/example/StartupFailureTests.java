package org.parley.rules.spring.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application started with a rule file that does not compile, as `java -jar app.jar` would. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

    @Test
    void brokenRules_stopTheStartWithTheProblemsAndNoStackTrace(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ExampleApplication.class)
                .web(WebApplicationType.NONE)
                .properties("parley.rules.locations=classpath:broken-rules/broken.drl", "spring.main.banner-mode=off");

        assertThatThrownBy(app::run).hasRootCauseInstanceOf(org.parley.rules.RuleCompilationException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START", "Parley's rule files did not compile (1 problem):")
                .containsPattern("\n    \\S*broken\\.drl:8:\\d+: [^\n]*noSuchField")
                .contains("set parley.rules.fail-fast=false");
    }
}
