package org.medmassage.authorization.application;

import java.util.Optional;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.reevaluation.ReEvaluation;

/**
 * An authorization as callers read it: its decision, how many of its visits are used, its MN-06 re-evaluation when it
 * was cut at a gate, and when it expired or was exhausted (decision 0062).
 */
public record AuthorizationView(Authorization authorization, int visitsUsed, Optional<ReEvaluation> reEvaluation,
        AuthorizationLifecycle.Ends ends) {

    public AuthorizationView {
        ends = ends == null ? AuthorizationLifecycle.Ends.none() : ends;
    }

    /** Read where its ends do not matter (a decision just made). */
    public AuthorizationView(Authorization authorization, int visitsUsed, Optional<ReEvaluation> reEvaluation) {
        this(authorization, visitsUsed, reEvaluation, AuthorizationLifecycle.Ends.none());
    }

    public AuthorizationView(Authorization authorization, int visitsUsed) {
        this(authorization, visitsUsed, Optional.empty());
    }

    public AuthorizationView withEnds(AuthorizationLifecycle.Ends marks) {
        return new AuthorizationView(authorization, visitsUsed, reEvaluation, marks);
    }
}
