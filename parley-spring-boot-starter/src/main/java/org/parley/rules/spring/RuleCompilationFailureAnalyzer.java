package org.parley.rules.spring;

import java.util.stream.Collectors;
import org.parley.rules.RuleCompilationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up that failed because rule files did not compile into Spring Boot's
 * "APPLICATION FAILED TO START" report, one {@code FILE:LINE:COLUMN: message} line per
 * problem, instead of a stack trace.
 */
public final class RuleCompilationFailureAnalyzer extends AbstractFailureAnalyzer<RuleCompilationException> {

    /** Creates the analyzer (Spring Boot does, from META-INF/spring.factories). */
    public RuleCompilationFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleCompilationException cause) {
        int count = cause.problems().size();
        String description = "Parley's rule files did not compile (" + count + (count == 1 ? " problem" : " problems")
                + "):\n\n" + cause.problems().stream().map(p -> "    " + p).collect(Collectors.joining("\n"));
        String action = "Fix the rule files above, or change which rule files Parley loads "
                + "(parley.rules.locations, parley.rules.built-in). To start anyway and report the "
                + "problems in the 'parley' health, set parley.rules.fail-fast=false.";
        return new FailureAnalysis(description, action, cause);
    }
}
