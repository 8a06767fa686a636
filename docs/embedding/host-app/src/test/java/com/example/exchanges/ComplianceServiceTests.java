package com.example.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.rules.Validator;
import org.parley.rules.Violation;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.Transfer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ComplianceServiceTests {

    @Autowired
    ComplianceService service;
    @Autowired
    Validator validator;
    @Autowired
    MeterRegistry registry;
    @Autowired
    HealthEndpoint health;

    @Test
    void ourBatchLimitIsChecked_withMetricsAndHealth() {
        Agreement agreement = Agreement.of("a-1", LocalDate.of(2025, 6, 2), Party.of("UA"), Party.of("RU"),
                new CustomTerm("BATCH_LIMIT", Map.of("max", 1L)));
        ExchangeRecord record = ExchangeRecord.of(agreement)
                .withDetainees(List.of(Detainee.of("UA-1", "RU"), Detainee.of("UA-2", "RU")))
                .withBatches(List.of(Batch.of("B1", LocalDate.of(2025, 6, 9),
                        Transfer.of("UA-1", Basis.OTHER), Transfer.of("UA-2", Basis.OTHER))));

        assertThat(service.check(record).violations()).extracting(Violation::code).contains("BATCH_LIMIT");
        assertThat(validator.termTypes()).contains("BATCH_LIMIT");
        assertThat(registry.get("parley.violations").tags("code", "BATCH_LIMIT").counter().count()).isEqualTo(1.0);
        assertThat(health.healthForPath("parley").getStatus()).isEqualTo(Status.UP);
    }
}
