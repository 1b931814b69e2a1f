package org.medmassage.referral.validation;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.referral.prescription.Prescriber;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.prescription.ReferralStatus;
import org.medmassage.referral.prescription.ValidityWindow;

/** Either a referral that may be recorded, or every reason it may not — all at once, so it is fixed in one go. */
public sealed interface ValidationOutcome {

    /**
     * Complete and valid; normalised (dotted diagnosis codes, upper-case prescriber type) with its window (MN-04) and
     * the warnings the prescriber should see (DX-05, MN-04 window shortened by the maximum age).
     */
    record Accepted(String memberId, Prescriber prescriber, List<String> diagnosisCodes, List<String> procedureCodes,
                    int sessions, int durationWeeks, LocalDate issuedOn, ValidityWindow window,
                    List<FieldProblem> warnings) implements ValidationOutcome {

        public Accepted {
            diagnosisCodes = List.copyOf(diagnosisCodes);
            procedureCodes = List.copyOf(procedureCodes);
            warnings = List.copyOf(warnings);
        }

        public Referral recordAs(ReferralId id) {
            return new Referral(id, memberId, prescriber, diagnosisCodes, procedureCodes, sessions, durationWeeks,
                    issuedOn, window, ReferralStatus.ACTIVE, 0, null);
        }
    }

    /**
     * Every problem, in the order of the request's fields; {@code incomplete} when something required is missing
     * (MN-02): the request is incomplete, not merely against the rules.
     */
    record Rejected(List<FieldProblem> problems, boolean incomplete) implements ValidationOutcome {

        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection names at least one problem");
            }
        }
    }
}
