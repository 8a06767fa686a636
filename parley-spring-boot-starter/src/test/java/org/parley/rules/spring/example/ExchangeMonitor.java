package org.parley.rules.spring.example;

import java.util.List;
import org.parley.rules.Validator;
import org.parley.rules.Violation;
import org.parley.rules.model.ExchangeRecord;
import org.springframework.stereotype.Service;

/** A service of the host: says what is wrong with a record, one line per violation. */
@Service
public class ExchangeMonitor {

    private final Validator validator;

    /** The monitor over the application's validator. */
    public ExchangeMonitor(Validator validator) {
        this.validator = validator;
    }

    /** One line per violation: severity, code, subjects. */
    public List<String> problems(ExchangeRecord record) {
        return validator.validate(record).violations().stream()
                .map((Violation v) -> v.severity() + " " + v.code() + " " + v.subjects())
                .toList();
    }
}
