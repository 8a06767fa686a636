package org.parley.rules.spring;

import java.util.List;
import java.util.Objects;
import org.parley.rules.RuleProblem;
import org.parley.rules.ValidationException;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.ExchangeRecord;

/**
 * The validator bean when the rule files did not compile and {@code parley.rules.fail-fast}
 * is false: every call throws, naming the problems.
 */
final class UncompiledValidator implements Validator {

    private final String message;

    UncompiledValidator(List<RuleProblem> problems) {
        this.message = "Parley's rule files did not compile, so no record can be validated:\n" + String.join("\n",
                problems.stream().map(RuleProblem::toString).toList());
    }

    @Override
    public ValidationReport validate(ExchangeRecord record) {
        Objects.requireNonNull(record, "record");
        throw new ValidationException(message);
    }

    @Override
    public ValidationSession openSession(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        throw new ValidationException(message);
    }
}
