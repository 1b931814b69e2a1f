package org.medmassage.referral.application;

import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.referral.validation.ValidationOutcome;

/** A referral that was not recorded, with every reason (nothing was stored or published). */
public class ReferralRejectedException extends RuntimeException {

    private final transient ValidationOutcome.Rejected rejection;

    public ReferralRejectedException(ValidationOutcome.Rejected rejection) {
        super("referral rejected: " + rejection.problems());
        this.rejection = rejection;
    }

    public List<FieldProblem> problems() {
        return rejection.problems();
    }

    /** Something required is missing (MN-02), as opposed to a complete referral that breaks a rule. */
    public boolean incomplete() {
        return rejection.incomplete();
    }
}
