package org.medmassage.authorization.application;

import org.medmassage.authorization.referral.KnownReferral;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The referrals authorization has heard of (from referral.events). */
public interface KnownReferrals {

    /** A referral recorded again (corrected by its service) replaces what was known of it. */
    Mono<Void> remember(KnownReferral referral);

    /** True when the referral was known and is now marked revoked; a revocation stays, whatever comes later. */
    Mono<Boolean> revoke(String referralId, String reason);

    Mono<KnownReferral> findById(String referralId);

    /** Every referral of the member, revoked or not, whatever its window. */
    Flux<KnownReferral> ofMember(String memberId);
}
