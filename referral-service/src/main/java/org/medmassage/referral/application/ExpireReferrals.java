package org.medmassage.referral.application;

import java.time.LocalDate;
import org.medmassage.events.referral.ReferralExpired;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralStatus;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * MN-04: an ACTIVE referral whose window ended before today becomes EXPIRED and ReferralExpired is announced — one unit
 * of work per referral, and only by the instance whose conditional update wins, so the event is appended once.
 */
@Service
public class ExpireReferrals {

    private final Referrals referrals;
    private final UnitOfWork unitOfWork;
    private final Outbox outbox;

    public ExpireReferrals(Referrals referrals, UnitOfWork unitOfWork, Outbox outbox) {
        this.referrals = referrals;
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
    }

    /** Expires every referral that has ended by {@code today}; answers how many this call expired. */
    public Mono<Long> expireEndedBy(LocalDate today) {
        return referrals.activeEndedBefore(today)
                .filter(referral -> referral.hasEndedBy(today))
                .concatMap(this::expire)
                .filter(Boolean::booleanValue)
                .count();
    }

    private Mono<Boolean> expire(Referral referral) {
        Referral expired = referral.expire();
        return unitOfWork.execute(referrals.changeStatus(expired, ReferralStatus.ACTIVE)
                .flatMap(changed -> changed
                        ? outbox.append(new ReferralExpired(expired.id().value(), expired.memberId(),
                                expired.window().validTo(), expired.sessionsUsed(), expired.sessions()), null)
                                .thenReturn(true)
                        : Mono.just(false)));
    }
}
