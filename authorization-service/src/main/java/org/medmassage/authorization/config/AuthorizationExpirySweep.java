package org.medmassage.authorization.config;

import org.medmassage.authorization.application.ExpireAuthorizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code medmassage.authorization.lifecycle.expiry-sweep-interval} (default 1 min): announces the approved
 * authorizations whose window ended before today on the payer's calendar. The mark is a row, so a restart repeats and
 * loses nothing; several instances may sweep, the member lock and a conditional update let one of them announce each.
 */
@Component
class AuthorizationExpirySweep {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationExpirySweep.class);

    private final ExpireAuthorizations expire;

    AuthorizationExpirySweep(ExpireAuthorizations expire) {
        this.expire = expire;
    }

    @Scheduled(initialDelayString = "${medmassage.authorization.lifecycle.expiry-sweep-interval:PT1M}",
            fixedDelayString = "${medmassage.authorization.lifecycle.expiry-sweep-interval:PT1M}")
    void sweep() {
        try {
            Long expired = expire.expireEnded().block();
            if (expired != null && expired > 0) {
                log.info("announced {} authorization(s) whose window ended", expired);
            }
        } catch (RuntimeException e) {
            // an authorization whose unit of work rolled back is still unmarked: the next sweep announces it
            log.warn("sweep of ended authorizations failed; retrying at the next interval", e);
        }
    }
}
