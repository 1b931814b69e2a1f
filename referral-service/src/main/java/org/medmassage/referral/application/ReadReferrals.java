package org.medmassage.referral.application;

import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What callers may read back: one referral, or a member's referrals. */
@Service
public class ReadReferrals {

    private final Referrals referrals;

    public ReadReferrals(Referrals referrals) {
        this.referrals = referrals;
    }

    /** Empty when no referral has this id. */
    public Mono<Referral> byId(String referralId) {
        return referralId == null || referralId.isBlank() ? Mono.empty() : referrals.find(new ReferralId(referralId));
    }

    public Flux<Referral> ofMember(String memberId) {
        return referrals.ofMember(memberId);
    }
}
