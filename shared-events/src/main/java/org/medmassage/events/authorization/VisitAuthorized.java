package org.medmassage.events.authorization;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/**
 * The claim's date of service is covered by the authorization (PA-03); one visit consumed (PA-04).
 * {@code procedureCodesNotAuthorized} (null or empty when every billed code is authorized) are billed codes the
 * authorization does not cover: their lines are denied CO-284 and the rest adjudicates normally (PA-05, Example 6d).
 * {@code procedureCodesWithoutReferral} (null or empty when none) are massage codes billed without an active referral
 * on a plan that requires one: their lines are denied CO-288 and the rest adjudicates normally (MN-01).
 * {@code referralId} and {@code referralSessionsUsed} (null from an older producer, or when the visit used no
 * referral session): on a plan requiring a referral but no pre-authorization, the referral whose session this date of
 * service uses (MN-04) and how many of its sessions such visits use after this one; sessions used through an
 * authorization are counted by that authorization's {@code visitsUsed} instead (ADR 0066).
 */
public record VisitAuthorized(
        String claimId,
        String memberId,
        String authorizationId,
        String authorizationNumber,
        LocalDate dateOfService,
        int visitsUsed,
        int visitsRemaining,
        List<String> procedureCodesNotAuthorized,
        List<String> procedureCodesWithoutReferral,
        String referralId,
        Integer referralSessionsUsed) implements DomainEvent {

    /** A visit that used no referral session directly (an authorization's visit, or no referral counted). */
    public VisitAuthorized(String claimId, String memberId, String authorizationId, String authorizationNumber,
                           LocalDate dateOfService, int visitsUsed, int visitsRemaining,
                           List<String> procedureCodesNotAuthorized, List<String> procedureCodesWithoutReferral) {
        this(claimId, memberId, authorizationId, authorizationNumber, dateOfService, visitsUsed, visitsRemaining,
                procedureCodesNotAuthorized, procedureCodesWithoutReferral, null, null);
    }

    /** Every billed massage code referred (or no referral required). */
    public VisitAuthorized(String claimId, String memberId, String authorizationId, String authorizationNumber,
                           LocalDate dateOfService, int visitsUsed, int visitsRemaining,
                           List<String> procedureCodesNotAuthorized) {
        this(claimId, memberId, authorizationId, authorizationNumber, dateOfService, visitsUsed, visitsRemaining,
                procedureCodesNotAuthorized, List.of());
    }

    /** Every billed code authorized. */
    public VisitAuthorized(String claimId, String memberId, String authorizationId, String authorizationNumber,
                           LocalDate dateOfService, int visitsUsed, int visitsRemaining) {
        this(claimId, memberId, authorizationId, authorizationNumber, dateOfService, visitsUsed, visitsRemaining,
                List.of());
    }

    @Override
    public String correlationId() {
        return claimId;
    }
}
