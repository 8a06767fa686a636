package org.parley.rules.spring.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.parley.rules.Validator;
import org.parley.rules.spring.Records;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole application started as a host would: properties, validator bean, metrics, health. */
@SpringBootTest(properties = {
        "parley.rules.locations=classpath:rules/batch-limit.drl",
        "management.endpoint.health.show-details=always",
        "spring.main.banner-mode=off"})
class ExampleApplicationTests {

    @Autowired
    private ExchangeMonitor monitor;
    @Autowired
    private Validator validator;
    @Autowired
    private MeterRegistry registry;
    @Autowired
    private HealthEndpoint health;

    @Test
    void theApplication_validatesWithMetricsAndHealth() {
        assertThat(monitor.problems(Records.readmeRecord()))
                .containsExactly("ERROR AGE_LIMIT [RU-0001]", "ERROR ALL_FOR_ALL [UA-0001]");
        assertThat(validator.termTypes()).contains("BATCH_LIMIT");

        assertThat(registry.get("parley.validations").tags("operation", "validate").timer().count()).isEqualTo(1);
        assertThat(registry.get("parley.violations").tags("code", "ALL_FOR_ALL").counter().count()).isEqualTo(1.0);

        HealthComponent parley = health.healthForPath("parley");
        assertThat(parley.getStatus()).isEqualTo(Status.UP);
        assertThat(((SystemHealth) health.health()).getComponents()).containsKey("parley");
        assertThat(((org.springframework.boot.actuate.health.Health) parley).getDetails())
                .containsEntry("rulesCompiled", true);
    }
}
