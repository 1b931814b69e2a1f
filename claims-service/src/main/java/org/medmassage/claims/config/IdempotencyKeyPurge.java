package org.medmassage.claims.config;

import org.medmassage.claims.application.ForgetExpiredIdempotencyKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges the Idempotency-Keys past {@code medmassage.claims.idempotency-window} every
 * {@code medmassage.claims.idempotency-purge-interval} (default 10 minutes). An expired key left until then is already
 * treated as free by intake, so the purge only keeps the table small; every instance may run it.
 */
@Component
class IdempotencyKeyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final ForgetExpiredIdempotencyKeys forgetExpiredKeys;

    IdempotencyKeyPurge(ForgetExpiredIdempotencyKeys forgetExpiredKeys) {
        this.forgetExpiredKeys = forgetExpiredKeys;
    }

    @Scheduled(initialDelayString = "${medmassage.claims.idempotency-purge-initial-delay:PT1M}",
            fixedDelayString = "${medmassage.claims.idempotency-purge-interval:PT10M}")
    void purge() {
        try {
            Long forgotten = forgetExpiredKeys.forget().block();
            if (forgotten != null && forgotten > 0) {
                log.info("forgot {} Idempotency-Key(s) past their window", forgotten);
            }
        } catch (RuntimeException e) {
            log.warn("Idempotency-Key purge failed; retrying at the next interval", e);
        }
    }
}
