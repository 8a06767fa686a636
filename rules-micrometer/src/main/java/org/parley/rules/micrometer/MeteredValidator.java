package org.parley.rules.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.parley.rules.Explanation;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Violation;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.TermDeclaration;

/**
 * A {@link Validator} that records Micrometer metrics of the validator it wraps, and
 * otherwise behaves exactly like it.
 *
 * <pre>{@code
 * Validator validator = new MeteredValidator(Validators.newValidator(), meterRegistry);
 * }</pre>
 *
 * <p>The meters:
 * <ul>
 *   <li>{@value #VALIDATIONS}, a timer of every validation, tagged {@code operation}
 *       ({@code validate}, {@code explain}, or {@code session} for a session's
 *       {@code report()} and {@code changes()}) and {@code outcome} ({@code compliant},
 *       {@code not_compliant}, or {@code failed} when the validator threw);</li>
 *   <li>{@value #VIOLATIONS}, a counter of the violations found by {@code validate} and
 *       {@code explain}, tagged {@code code} and {@code severity}; a session's reports are
 *       not counted, since each report repeats the violations of the previous one;</li>
 *   <li>{@value #OPEN_SESSIONS}, a gauge of the sessions opened through this validator and
 *       not yet closed.</li>
 * </ul>
 * Every meter also carries the tags given to the constructor; two metered validators on
 * one registry need distinct tags. Like the wrapped validator, this one is thread-safe.
 */
public final class MeteredValidator implements Validator {

    /** The name of the timer of validations. */
    public static final String VALIDATIONS = "parley.validations";
    /** The name of the counter of violations. */
    public static final String VIOLATIONS = "parley.violations";
    /** The name of the gauge of open sessions. */
    public static final String OPEN_SESSIONS = "parley.sessions.open";

    private final Validator delegate;
    private final MeterRegistry registry;
    private final List<Tag> tags;
    private final AtomicInteger openSessions = new AtomicInteger();

    /**
     * Wraps a validator, with no extra tag.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a metered validator with no tag is registered already
     */
    public MeteredValidator(Validator delegate, MeterRegistry registry) {
        this(delegate, registry, Tags.empty());
    }

    /**
     * Wraps a validator; every meter carries {@code tags} too (to tell several validators apart).
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a metered validator with the same tags is registered already
     */
    public MeteredValidator(Validator delegate, MeterRegistry registry, Iterable<Tag> tags) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.tags = Tags.of(Objects.requireNonNull(tags, "tags")).stream().toList();
        boolean taken = registry.find(OPEN_SESSIONS).gauges().stream()
                .anyMatch(g -> g.getId().getTags().equals(Tags.of(this.tags).stream().toList()));
        if (taken) {
            throw new IllegalArgumentException("a MeteredValidator with the tags " + this.tags
                    + " is already registered in this registry: give each validator distinct tags");
        }
        Gauge.builder(OPEN_SESSIONS, openSessions, AtomicInteger::get)
                .description("Parley validation sessions opened and not yet closed")
                .tags(this.tags)
                .strongReference(true)
                .register(registry);
    }

    /** The validator this one wraps. */
    public Validator delegate() {
        return delegate;
    }

    @Override
    public ValidationReport validate(ExchangeRecord record) {
        Objects.requireNonNull(record, "record");
        ValidationReport report = timed("validate", () -> delegate.validate(record), r -> r);
        count(report.violations());
        return report;
    }

    @Override
    public Explanation explain(ExchangeRecord record) {
        Objects.requireNonNull(record, "record");
        Explanation explanation = timed("explain", () -> delegate.explain(record), Explanation::report);
        count(explanation.report().violations());
        return explanation;
    }

    @Override
    public Set<String> termTypes() {
        return delegate.termTypes();
    }

    @Override
    public Map<String, TermDeclaration> termDeclarations() {
        return delegate.termDeclarations();
    }

    @Override
    public ValidationSession openSession(Agreement agreement) {
        ValidationSession session = delegate.openSession(agreement);
        openSessions.incrementAndGet();
        return new MeteredSession(session, this);
    }

    void sessionClosed() {
        openSessions.decrementAndGet();
    }

    <T> T timed(String operation, Supplier<T> call, Function<T, ValidationReport> reportOf) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            T result = call.get();
            outcome = reportOf.apply(result).isCompliant() ? "compliant" : "not_compliant";
            return result;
        } finally {
            sample.stop(Timer.builder(VALIDATIONS)
                    .description("Parley validations")
                    .tags(tags)
                    .tag("operation", operation)
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }

    private void count(List<Violation> violations) {
        for (Violation violation : violations) {
            Counter.builder(VIOLATIONS)
                    .description("Violations found by Parley validations")
                    .tags(tags)
                    .tag("code", violation.code())
                    .tag("severity", violation.severity().name())
                    .register(registry)
                    .increment();
        }
    }
}
