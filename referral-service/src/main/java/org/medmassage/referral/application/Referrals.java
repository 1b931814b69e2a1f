package org.medmassage.referral.application;

import java.time.LocalDate;
import java.util.Optional;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.prescription.ReferralStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every referral recorded, as a collection; inside a unit of work the writes join its transaction. */
public interface Referrals {

    Mono<Void> add(Referral referral);

    /** With its sessions used (the sum over its authorizations, plus those used by visits without one). */
    Mono<Referral> find(ReferralId id);

    /** A page of the member's referrals, oldest written first, optionally of one status. */
    Flux<Referral> ofMember(String memberId, Optional<ReferralStatus> status, int page, int size);

    Mono<Long> countOfMember(String memberId, Optional<ReferralStatus> status);

    /** ACTIVE referrals whose last valid day is before {@code today} (MN-04). */
    Flux<Referral> activeEndedBefore(LocalDate today);

    /**
     * Stores {@code changed}'s status and reason if the stored status is still {@code from}; false when another
     * instance or request changed it first (so its event is appended once).
     */
    Mono<Boolean> changeStatus(Referral changed, ReferralStatus from);

    /** Remembers which referral an authorization draws on; a repeated link changes nothing. */
    Mono<Void> linkAuthorization(String authorizationId, String referralId, String memberId);

    /** The authorization's running total of visits used; ignored for an authorization not linked to a referral. */
    Mono<Void> recordVisitsUsed(String authorizationId, int visitsUsed);

    /**
     * The referral's running total of sessions used by visits without an authorization (a plan that asks no
     * pre-authorization, ADR 0066); added to the sessions its authorizations use.
     */
    Mono<Void> recordSessionsUsedOnVisits(String referralId, String memberId, int sessionsUsed);
}
