package org.parley.rules.testkit;

import java.util.List;
import java.util.Objects;
import org.parley.rules.model.Severity;
import org.parley.rules.Violation;

/**
 * A violation a test expects, by what identifies it in a report: its code, severity and
 * subjects. The rule and the message are left to the validator.
 *
 * @param code     the violation code, such as {@code AGE_LIMIT}
 * @param severity the severity
 * @param subjects the ids the violation is about, in the contract's order
 */
public record ExpectedViolation(String code, Severity severity, List<String> subjects) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or subject is null
     */
    public ExpectedViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
    }

    /** An expected violation with the given subjects. */
    public static ExpectedViolation of(String code, Severity severity, String... subjects) {
        return new ExpectedViolation(code, severity, List.of(subjects));
    }

    /** The expectation that a violation meets: its code, severity and subjects. */
    public static ExpectedViolation of(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        return new ExpectedViolation(violation.code(), violation.severity(), violation.subjects());
    }

    /** Whether the violation has this code, severity and subjects. */
    public boolean matches(Violation violation) {
        return violation.code().equals(code) && violation.severity() == severity && violation.subjects().equals(subjects);
    }

    /** Returns {@code SEVERITY CODE [subjects]}, as a violation starts its own. */
    @Override
    public String toString() {
        return severity + " " + code + " " + subjects;
    }
}
