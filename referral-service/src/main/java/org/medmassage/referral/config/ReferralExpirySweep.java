package org.medmassage.referral.config;

import java.time.Clock;
import java.time.LocalDate;
import org.medmassage.referral.application.ExpireReferrals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * MN-04: expires referrals whose window has ended, on the injected clock's date (never the processing host's idea of
 * today in a test). Every {@code medmassage.referral.expiry-sweep-interval} (default 1 minute); each instance may run
 * it, the conditional update makes one of them win per referral.
 */
@Component
class ReferralExpirySweep {

    private static final Logger log = LoggerFactory.getLogger(ReferralExpirySweep.class);

    private final ExpireReferrals expireReferrals;
    private final Clock clock;

    ReferralExpirySweep(ExpireReferrals expireReferrals, Clock clock) {
        this.expireReferrals = expireReferrals;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${medmassage.referral.expiry-sweep-initial-delay:PT10S}",
            fixedDelayString = "${medmassage.referral.expiry-sweep-interval:PT1M}")
    void sweep() {
        try {
            Long expired = expireReferrals.expireEndedBy(LocalDate.now(clock)).block();
            if (expired != null && expired > 0) {
                log.info("expired {} referral(s) whose window ended before {}", expired, LocalDate.now(clock));
            }
        } catch (RuntimeException e) {
            // The next sweep retries; a failed referral stays ACTIVE and its unit of work rolled back.
            log.warn("referral expiry sweep failed; retrying at the next interval", e);
        }
    }
}
