package org.parley.rules.examples;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Term;

/**
 * Plays an exchange record back date by date through a {@link ValidationSession}, as it
 * unfolded: the work of {@code parley replay}.
 *
 * <p>The session first gets the detainees and the lists. Then comes one step for each date
 * on which a batch or remains are dated, each date on which something becomes due (see
 * {@link #dueDates}: the {@code completeBy} of ALL_FOR_ALL and REMAINS, the dates of a
 * CADENCE schedule, the date parameters of a custom term) up to the judging date, and the
 * date the record is judged at ({@link ExchangeRecord#asOf()}: the agreement's {@code asOf},
 * else the last date of a batch or remains), in ascending order. A step judges the record at
 * its date ({@link ValidationSession#judgeAt}), adds the batches and remains of that date,
 * and takes the {@link ValidationSession#changes() changes}: so each violation shows on the
 * date it arose, a missed deadline on the deadline itself. A step dated after the agreement's
 * {@code asOf} is judged at {@code asOf}, as {@code validate} judges the whole record at it;
 * hence the report after the last step always equals what {@code validate} reports for the
 * file.
 *
 * <p>Steps in which nothing appeared and nothing was resolved are not handed on: a replay
 * shows only the dates on which something changed, and a record with no violation at any
 * date has no step at all.
 *
 * <p>The first step's changes are counted from a record with no violation at all, not from
 * the session's report of the agreement alone, which (judged at the agreement's
 * {@code asOf}) may already miss every scheduled date.
 */
final class ScenarioReplay {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * One step of a replay.
     *
     * @param date    the date of the step: of its batches and remains, or the judging date
     * @param changes what appeared and what was resolved, and the report after the step,
     *                judged at {@code changes.report().asOf()}
     */
    record Step(LocalDate date, ReportChanges changes) {
    }

    private ScenarioReplay() {
    }

    /**
     * Replays a record, handing each step to {@code steps} as soon as it is taken.
     *
     * @return the report after the last step: that of the whole record
     */
    static ValidationReport replay(Validator validator, ExchangeRecord record, Consumer<Step> steps) {
        TreeMap<LocalDate, List<Batch>> batches = new TreeMap<>();
        record.batches().forEach(b -> batches.computeIfAbsent(b.date(), d -> new ArrayList<>()).add(b));
        TreeMap<LocalDate, List<Remains>> remains = new TreeMap<>();
        record.remains().forEach(r -> remains.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r));
        LocalDate judgedAt = record.asOf();
        TreeSet<LocalDate> dates = new TreeSet<>(batches.keySet());
        dates.addAll(remains.keySet());
        dueDates(record.agreement()).stream().filter(d -> !d.isAfter(judgedAt)).forEach(dates::add);
        dates.add(judgedAt);

        try (ValidationSession session = validator.openSession(record.agreement())) {
            session.judgeAt(min(dates.first(), judgedAt));
            record.detainees().forEach(session::add);
            record.lists().forEach(session::add);
            ValidationReport report = null;
            for (LocalDate date : dates) {
                session.judgeAt(min(date, judgedAt));
                batches.getOrDefault(date, List.of()).forEach(session::add);
                remains.getOrDefault(date, List.of()).forEach(session::add);
                ReportChanges changes = session.changes();
                if (report == null) {
                    changes = ReportChanges.between(
                            new ValidationReport(record.agreement().id(), changes.report().asOf(), List.of()),
                            changes.report());
                }
                report = changes.report();
                if (!changes.isEmpty()) {
                    steps.accept(new Step(date, changes));
                }
            }
            return report;
        }
    }

    /**
     * The dates on which something becomes due under the agreement's terms: the
     * {@code completeBy} of ALL_FOR_ALL and REMAINS, every date of a CADENCE schedule, and each
     * parameter of a custom term that is a date ({@code YYYY-MM-DD}), since its rules may
     * judge against it.
     */
    static Set<LocalDate> dueDates(Agreement agreement) {
        Set<LocalDate> due = new TreeSet<>();
        for (Term term : agreement.terms()) {
            if (term instanceof AllForAllTerm allForAll) {
                due.add(allForAll.completeBy());
            } else if (term instanceof RemainsTerm remains) {
                due.add(remains.completeBy());
            } else if (term instanceof CadenceTerm cadence) {
                due.addAll(cadence.schedule().dates());
            } else if (term instanceof CustomTerm custom) {
                custom.parameters().values().forEach(value -> addDate(value, due));
            }
        }
        return due;
    }

    private static void addDate(Object value, Set<LocalDate> due) {
        if (value instanceof LocalDate date) {
            due.add(date);
        } else if (value instanceof String text && DATE.matcher(text).matches()) {
            try {
                due.add(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                // text shaped like a date that is not one (2025-02-30) is no due date
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
