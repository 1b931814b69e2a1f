package org.medmassage.claims.estimate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * The dates of a Good Faith Estimate (ALT-04): scheduling or the request happened, so not after today; every session is
 * on or after that day, one a date; and a recurring series is one estimate only over up to 12 months (RULEBOOK §7.4).
 */
final class EstimateDates {

    static final int SERIES_MONTHS = 12;

    private EstimateDates() {
    }

    static List<FieldProblem> problems(EstimateDraft draft, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Trigger trigger = draft.trigger();
        String triggerField = trigger.kind() == Trigger.Kind.SCHEDULED ? "scheduledOn" : "requestedOn";
        if (trigger.on().isAfter(today)) {
            problems.add(new FieldProblem(triggerField, EstimateIntake.RULE, triggerField + " " + trigger.on()
                    + " is in the future: give the day the service was scheduled or the estimate requested"));
        }
        List<LocalDate> dates = draft.scheduledDates();
        if (dates.isEmpty()) {
            problems.add(new FieldProblem("scheduledDates", EstimateIntake.RULE, "give the planned date of each"
                    + " session"));
            return problems;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            if (!seen.add(date)) {
                problems.add(new FieldProblem("scheduledDates[" + i + "]", EstimateIntake.RULE, date
                        + " is listed twice: one session a date"));
            }
            if (date.isBefore(trigger.on())) {
                problems.add(new FieldProblem("scheduledDates[" + i + "]", EstimateIntake.RULE, date + " is before "
                        + triggerField + " " + trigger.on() + ": a session is planned on or after that day"));
            }
        }
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        if (!last.isBefore(first.plusMonths(SERIES_MONTHS))) {
            problems.add(new FieldProblem("scheduledDates[" + dates.indexOf(last) + "]", EstimateIntake.RULE,
                    "the series runs from " + first + " to " + last + ": one Good Faith Estimate covers up to "
                            + SERIES_MONTHS + " months (until " + first.plusMonths(SERIES_MONTHS).minusDays(1)
                            + "); issue another for the sessions after that"));
        }
        return problems;
    }
}
