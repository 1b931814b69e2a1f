package org.medmassage.authorization.application;

import java.util.Optional;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.reevaluation.ReEvaluation;

/**
 * An authorization as callers read it: its decision, how many of its visits are used, and its MN-06 re-evaluation
 * when it was cut at a gate.
 */
public record AuthorizationView(Authorization authorization, int visitsUsed, Optional<ReEvaluation> reEvaluation) {

    public AuthorizationView(Authorization authorization, int visitsUsed) {
        this(authorization, visitsUsed, Optional.empty());
    }
}
