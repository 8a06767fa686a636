package com.example.exchanges;

import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.model.ExchangeRecord;
import org.springframework.stereotype.Service;

@Service
public class ComplianceService {

    private final Validator validator;

    public ComplianceService(Validator validator) {
        this.validator = validator;
    }

    public ValidationReport check(ExchangeRecord record) {
        return validator.validate(record);
    }
}
