package org.medmassage.authorization.config;

import org.medmassage.authorization.application.WatchDecisionDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code medmassage.authorization.turnaround.deadline-sweep-interval} (default 1 min): warns the reviewer queue
 * of deadlines near and passed, and refreshes the pended gauges. The flags are rows, so a restart repeats and loses
 * nothing; several instances may sweep, a conditional update lets one of them announce each alert.
 */
@Component
class DecisionDeadlineSweep {

    private static final Logger log = LoggerFactory.getLogger(DecisionDeadlineSweep.class);

    private final WatchDecisionDeadlines watch;

    DecisionDeadlineSweep(WatchDecisionDeadlines watch) {
        this.watch = watch;
    }

    @Scheduled(initialDelayString = "${medmassage.authorization.turnaround.deadline-sweep-interval:PT1M}",
            fixedDelayString = "${medmassage.authorization.turnaround.deadline-sweep-interval:PT1M}")
    void sweep() {
        try {
            Long alerts = watch.sweep().block();
            if (alerts != null && alerts > 0) {
                log.info("told the reviewer queue of {} decision deadline(s) near or passed", alerts);
            }
        } catch (RuntimeException e) {
            // an alert whose unit of work rolled back is still unflagged: the next sweep sends it
            log.warn("sweep of decision deadlines failed; retrying at the next interval", e);
        }
    }
}
