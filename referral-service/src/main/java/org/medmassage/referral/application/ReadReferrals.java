package org.medmassage.referral.application;

import java.util.List;
import java.util.Optional;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.prescription.ReferralStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** What callers may read back: one referral, or a page of a member's referrals. */
@Service
public class ReadReferrals {

    private final Referrals referrals;

    public ReadReferrals(Referrals referrals) {
        this.referrals = referrals;
    }

    /** One page of a member's referrals, oldest written first, and how many there are in all. */
    public record ReferralPage(List<Referral> referrals, long total, int page, int size) {
    }

    /** Empty when no referral has this id. */
    public Mono<Referral> byId(String referralId) {
        return referralId == null || referralId.isBlank() ? Mono.empty() : referrals.find(new ReferralId(referralId));
    }

    public Mono<ReferralPage> ofMember(String memberId, Optional<ReferralStatus> status, int page, int size) {
        return referrals.ofMember(memberId, status, page, size).collectList()
                .zipWith(referrals.countOfMember(memberId, status),
                        (items, total) -> new ReferralPage(items, total, page, size));
    }
}
