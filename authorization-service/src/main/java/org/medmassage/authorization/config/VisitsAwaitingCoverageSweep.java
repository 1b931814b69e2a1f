package org.medmassage.authorization.config;

import org.medmassage.authorization.application.DecideVisitsAwaitingCoverage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Decides the visits whose wait for coverage is over, every
 * {@code medmassage.authorization.coverage-wait.sweep-interval} (default 15 s). The waits are rows, so a restart
 * loses none; each instance may sweep, the member lock and the row's removal make one of them decide each visit.
 */
@Component
class VisitsAwaitingCoverageSweep {

    private static final Logger log = LoggerFactory.getLogger(VisitsAwaitingCoverageSweep.class);

    private final DecideVisitsAwaitingCoverage decide;

    VisitsAwaitingCoverageSweep(DecideVisitsAwaitingCoverage decide) {
        this.decide = decide;
    }

    @Scheduled(initialDelayString = "${medmassage.authorization.coverage-wait.sweep-interval:PT15S}",
            fixedDelayString = "${medmassage.authorization.coverage-wait.sweep-interval:PT15S}")
    void sweep() {
        try {
            Long decided = decide.decideOverdue().block();
            if (decided != null && decided > 0) {
                log.info("decided {} visit(s) whose wait for coverage was over", decided);
            }
        } catch (RuntimeException e) {
            // the visits still wait (their units of work rolled back); the next sweep retries
            log.warn("sweep of visits awaiting coverage failed; retrying at the next interval", e);
        }
    }
}
