package org.medmassage.authorization.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.medmassage.authorization.usage.ConsumedVisit;
import reactor.core.publisher.Mono;

/**
 * The referral sessions visits use on a plan without pre-authorization (MN-04, ADR 0066): one per referral and date of
 * service, used while any claim of that date stands on it; the oldest standing claim holds it.
 */
public interface ReferralSessionConsumption {

    /** The claim stands on the referral's session of the date; a claim already standing on it is not recorded twice. */
    Mono<Void> stand(String referralId, String memberId, LocalDate dateOfService, String claimId);

    /** The claim no longer stands on the session (denied or voided); the session goes back with its last claim. */
    Mono<Void> leave(String referralId, LocalDate dateOfService, String claimId);

    /** The sessions used on each of a member's referrals, by referral id. */
    Mono<Map<String, List<ConsumedVisit>>> byReferralOf(String memberId);

    /** The referral whose session the claim stands on, if any. */
    Mono<String> referralStoodOnBy(String claimId);
}
