package org.medmassage.authorization.reevaluation;

import java.util.Objects;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.decision.DenialReasons;

/**
 * Where an authorization cut at its MN-06 gate stands: waiting for a progress report, continued to the end of what
 * was requested, or the rest denied (MN-09 after a plateau, or whatever rule stopped the next block).
 */
public record ReEvaluation(AuthorizationId authorizationId, ReEvaluationGate gate, Status status, String reasonCode,
                           String reason) {

    public enum Status {
        AWAITING_PROGRESS_REPORT,
        CONTINUED,
        REST_DENIED
    }

    public ReEvaluation {
        Objects.requireNonNull(authorizationId, "authorizationId");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(status, "status");
    }

    public static ReEvaluation awaiting(AuthorizationId authorizationId, ReEvaluationGate gate) {
        return new ReEvaluation(authorizationId, gate, Status.AWAITING_PROGRESS_REPORT,
                DenialReasons.RE_EVALUATION_DUE,
                "further visits wait for a progress report showing objective improvement (re-evaluation after "
                        + gate.describe() + ")");
    }

    public boolean awaitsReport() {
        return status == Status.AWAITING_PROGRESS_REPORT;
    }
}
