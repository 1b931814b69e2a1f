package org.medmassage.referral.application;

import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every referral recorded, as a collection; inside a unit of work the writes join its transaction. */
public interface Referrals {

    Mono<Void> add(Referral referral);

    Mono<Referral> find(ReferralId id);

    /** The member's referrals, oldest written first. */
    Flux<Referral> ofMember(String memberId);
}
