package org.medmassage.referral.application;

import org.medmassage.events.referral.ReferralRevoked;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.prescription.ReferralNotActiveException;
import org.medmassage.referral.prescription.ReferralStatus;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Withdraws an ACTIVE referral with its reason and announces ReferralRevoked in the same unit of work, so
 * authorization-service stops authorizing visits against it. Revoking twice, or an expired referral, is refused.
 */
@Service
public class RevokeReferral {

    private final Referrals referrals;
    private final UnitOfWork unitOfWork;
    private final Outbox outbox;

    public RevokeReferral(Referrals referrals, UnitOfWork unitOfWork, Outbox outbox) {
        this.referrals = referrals;
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
    }

    public Mono<Referral> revoke(String referralId, String reason) {
        return unitOfWork.execute(referrals.find(new ReferralId(referralId))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("referral", referralId)))
                .flatMap(referral -> {
                    Referral revoked = referral.revoke(reason);
                    return referrals.changeStatus(revoked, ReferralStatus.ACTIVE)
                            .flatMap(changed -> changed
                                    ? outbox.append(new ReferralRevoked(referralId, revoked.memberId(), reason), null)
                                            .thenReturn(revoked)
                                    // Expired or revoked by someone else since it was read: say which.
                                    : referrals.find(revoked.id()).flatMap(current -> Mono.error(
                                            new ReferralNotActiveException(current.id(), current.status(), "revoke"))));
                }));
    }
}
