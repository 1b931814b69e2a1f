package org.medmassage.authorization.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.authorization.application.AuthorizationView;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.decision.DeniedAuthorization;
import org.medmassage.authorization.decision.PendedAuthorization;
import org.medmassage.authorization.decision.Review;
import org.medmassage.authorization.reevaluation.ReEvaluation;

/**
 * An authorization as the REST contract shows it. {@code procedureCodes} are the approved codes once certified, the
 * requested ones before; {@code x12ActionCode} is the HCR01 code of the status (§6.2). {@code breached}: decided after
 * {@code dueAt}, or still pended past it at {@code now} (PA-02); {@code reEvaluation}, for an authorization cut at its MN-06 gate, where its course of care stands
 * (null otherwise). {@code expiredAt} / {@code exhaustedAt}: when its window closed with visits left, when its last
 * visit was used (null until then); the status stays A1/A2, as a late claim for a date inside the window still uses
 * it (decision 0062).
 */
record AuthorizationResponse(
        String authorizationId,
        String authorizationNumber,
        String memberId,
        String referralId,
        String providerNpi,
        List<String> procedureCodes,
        String status,
        String x12ActionCode,
        String priority,
        int requestedVisits,
        int approvedVisits,
        int visitsUsed,
        int visitsRemaining,
        LocalDate validFrom,
        LocalDate validTo,
        String reasonCode,
        String reason,
        Instant receivedAt,
        Instant dueAt,
        boolean breached,
        Instant decidedAt,
        String decidedBy,
        String reviewNote,
        String renderingProviderTaxonomy,
        String careGoal,
        ReEvaluationResponse reEvaluation,
        Instant expiredAt,
        Instant exhaustedAt) {

    /** MN-06: the gate the authorization was cut at, and whether it waits for a progress report or the rest was denied. */
    record ReEvaluationResponse(Integer dueAfterVisits, Integer dueAfterDays, String status, String reasonCode,
                                String reason) {
        static ReEvaluationResponse of(ReEvaluation reEvaluation) {
            return new ReEvaluationResponse(reEvaluation.gate().afterVisits(), reEvaluation.gate().afterDays(),
                    reEvaluation.status().name(), reEvaluation.reasonCode(), reEvaluation.reason());
        }
    }

    static AuthorizationResponse of(AuthorizationView view, Instant now) {
        Authorization auth = view.authorization();
        ApprovedAuthorization approved = auth instanceof ApprovedAuthorization a ? a : null;
        DeniedAuthorization denied = auth instanceof DeniedAuthorization d ? d : null;
        Instant decidedAt = approved != null ? approved.decidedAt() : denied != null ? denied.decidedAt() : null;
        Review review = approved != null ? approved.review() : denied != null ? denied.review() : null;
        int approvedVisits = approved == null ? 0 : approved.approvedVisits();
        boolean breached = decidedAt != null ? decidedAt.isAfter(auth.dueAt())
                : auth instanceof PendedAuthorization pended && pended.isOverdueAt(now);
        return new AuthorizationResponse(auth.id().value(), auth.number().value(), auth.request().memberId(),
                auth.request().referralId(), auth.request().providerNpi(),
                approved == null ? auth.request().procedureCodes() : approved.procedureCodes(),
                auth.status().name(), auth.status().x12Code(), auth.request().priority().name(),
                auth.request().requestedVisits(), approvedVisits, view.visitsUsed(),
                Math.max(0, approvedVisits - view.visitsUsed()),
                approved == null ? null : approved.window().from(), approved == null ? null : approved.window().to(),
                denied == null ? null : denied.reasonCode(), auth.reason(), auth.request().receivedAt(), auth.dueAt(),
                breached, decidedAt, review == null ? null : review.reviewer(), review == null ? null : review.note(),
                auth.request().renderingProviderTaxonomy(), auth.request().careGoal().name(),
                view.reEvaluation().map(ReEvaluationResponse::of).orElse(null), view.ends().expiredAt(),
                view.ends().exhaustedAt());
    }
}
