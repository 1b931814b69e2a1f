package org.medmassage.referral.validation;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.referral.prescription.ValidityWindow;

/**
 * MN-02 what is ordered: the services (massage 97124 / manual therapy 97140, MN-01), how many sessions and over how
 * many weeks. "12 sessions over 6 weeks" is two limits (MN-05), so both must be given.
 */
final class OrderedServicePolicy {

    private final ReferralRules rules;

    OrderedServicePolicy(ReferralRules rules) {
        this.rules = rules;
    }

    void check(List<String> procedureCodes, Integer sessions, Integer durationWeeks, Findings findings) {
        procedures(procedureCodes, findings);
        atLeastOne("sessions", sessions, "the number of sessions ordered, e.g. 12", findings);
        atLeastOne("durationWeeks", durationWeeks, "the duration in weeks, e.g. 6", findings);
    }

    private void procedures(List<String> procedureCodes, Findings findings) {
        if (procedureCodes == null || procedureCodes.isEmpty()) {
            findings.missing("procedureCodes", "the services ordered, e.g. 97124");
            return;
        }
        Optional<FieldProblem> tooMany =
                InputLimits.list("procedureCodes", procedureCodes, InputLimits.MAX_PROCEDURE_CODES);
        if (tooMany.isPresent()) {
            findings.add(tooMany.get());
            return;
        }
        for (int i = 0; i < procedureCodes.size(); i++) {
            String code = procedureCodes.get(i) == null ? "" : procedureCodes.get(i).trim();
            if (!rules.procedureCodes().contains(code)) {
                findings.violation("procedureCodes[" + i + "]", "MN-02", "'" + code
                        + "' is not a service a massage referral may order; allowed: "
                        + String.join(", ", new TreeSet<>(rules.procedureCodes())));
            }
        }
    }

    /**
     * MN-05 with MN-04: a visit consumes one session per date of service, so more sessions than days in the validity
     * window can never all be used — "30 sessions over 2 weeks" is a mistake, not a prescription.
     */
    static Optional<FieldProblem> sessionsFitTheWindow(int sessions, ValidityWindow window) {
        long days = ChronoUnit.DAYS.between(window.validFrom(), window.validTo()) + 1;
        if (sessions > days) {
            return Optional.of(new FieldProblem("sessions", "MN-05", sessions + " sessions cannot all be used in the "
                    + days + " days the referral is valid (" + window.validFrom() + " … " + window.validTo()
                    + "): at most one session a day"));
        }
        return Optional.empty();
    }

    private static void atLeastOne(String field, Integer value, String what, Findings findings) {
        if (value == null) {
            findings.missing(field, what);
        } else if (value < 1) {
            findings.violation(field, "MN-02", field + " must be at least 1, was " + value);
        }
    }
}
