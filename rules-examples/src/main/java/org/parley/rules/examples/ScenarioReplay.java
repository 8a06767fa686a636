package org.parley.rules.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.model.Batch;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;

/**
 * Plays an exchange record back date by date through a {@link ValidationSession}, as it
 * unfolded: the work of {@code parley replay}.
 *
 * <p>The session first gets the detainees and the lists. Then comes one step for each date
 * on which a batch or remains are dated, in ascending order, and one for the date the record
 * is judged at ({@link ExchangeRecord#asOf()}: the agreement's {@code asOf}, else the last
 * such date), if no fact is dated that day. A step judges the record at its date
 * ({@link ValidationSession#judgeAt}), adds the batches and remains of that date, and takes
 * the {@link ValidationSession#changes() changes}: so a deadline term such as ALL_FOR_ALL
 * reports only from the step that reaches its {@code completeBy}. A step dated after the
 * agreement's {@code asOf} is judged at {@code asOf}, as {@code validate} judges the whole
 * record at it; hence the report after the last step always equals what {@code validate}
 * reports for the file.
 *
 * <p>The first step's changes are counted from a record with no violation at all, not from
 * the session's report of the agreement alone, which (judged at the agreement's
 * {@code asOf}) may already miss every scheduled date.
 */
final class ScenarioReplay {

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
                steps.accept(new Step(date, changes));
            }
            return report;
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
