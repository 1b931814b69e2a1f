package org.medmassage.authorization.application;

import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.decision.Priority;

/** The PA-02 figures operators watch: time to decision, breached deadlines, requests due soon (decision 0062). */
public interface TurnaroundMetrics {

    /** Who made a decision: the rules, at receipt or when the referral came, or a reviewer. */
    enum DecidedBy {
        AUTO, REVIEWER
    }

    /** Counts every outcome by its X12 306 code (a pend is A4); records received → decided of a decision only. */
    void decided(Authorization authorization, DecidedBy by);

    void breached(Priority priority);

    void pendedDue(DecisionDeadlines.PendedDue counts);
}
