package org.medmassage.authorization.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A provider's request to treat a member under a referral (PA-01, reduced to what this payer decides on).
 * {@code renderingProviderTaxonomy}: the rendering provider's NUCC taxonomy as the X12 278 PRV segment carries it,
 * null when the request does not say (then the provider type is not judged here, decision 0063). {@code careGoal}: what
 * the care is for; maintenance care is not medically necessary (MN-09).
 */
public record AuthorizationRequest(
        String memberId,
        String referralId,
        String providerNpi,
        List<String> procedureCodes,
        int requestedVisits,
        LocalDate startDate,
        Priority priority,
        Instant receivedAt,
        String renderingProviderTaxonomy,
        CareGoal careGoal) {

    public AuthorizationRequest {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(providerNpi, "providerNpi");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(receivedAt, "receivedAt");
        careGoal = careGoal == null ? CareGoal.RESTORATIVE : careGoal;
        procedureCodes = procedureCodes.stream().distinct().toList();
        if (procedureCodes.isEmpty()) {
            throw new IllegalArgumentException("an authorization request names at least one procedure code");
        }
        if (requestedVisits < 1) {
            throw new IllegalArgumentException("an authorization request asks for at least one visit, got " + requestedVisits);
        }
    }

    /** A request that names no provider taxonomy, for restorative care. */
    public AuthorizationRequest(String memberId, String referralId, String providerNpi, List<String> procedureCodes,
            int requestedVisits, LocalDate startDate, Priority priority, Instant receivedAt) {
        this(memberId, referralId, providerNpi, procedureCodes, requestedVisits, startDate, priority, receivedAt, null,
                CareGoal.RESTORATIVE);
    }
}
