package org.medmassage.claims.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.application.ClaimsInWaiting;
import org.medmassage.claims.application.PendLateClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code medmassage.claims.late-sweep-interval} (15 s): pends the claims whose answer is later than
 * {@code medmassage.claims.reply-timeout} (2 min; the saga takes seconds), then counts the pended claims by step for
 * {@code medmassage_claims_pending{step}}. Claims and their times are rows: a restart loses no late claim.
 */
@Component
class LateClaimsSweep {

    private static final Logger log = LoggerFactory.getLogger(LateClaimsSweep.class);
    private static final int PER_SWEEP = 500;

    private final PendLateClaims pendLateClaims;
    private final ClaimsInWaiting waiting;
    private final Duration replyTimeout;
    private final Map<ClaimStatus, AtomicLong> pendedByStep = new EnumMap<>(ClaimStatus.class);

    LateClaimsSweep(PendLateClaims pendLateClaims, ClaimsInWaiting waiting, MeterRegistry meters,
                    @Value("${medmassage.claims.reply-timeout:PT2M}") Duration replyTimeout) {
        this.pendLateClaims = pendLateClaims;
        this.waiting = waiting;
        this.replyTimeout = replyTimeout;
        for (ClaimStatus step : List.of(ClaimStatus.RECEIVED, ClaimStatus.IN_PROCESS)) {
            AtomicLong count = new AtomicLong();
            pendedByStep.put(step, count);
            Gauge.builder("medmassage.claims.pending", count, AtomicLong::get).tag("step", step.name())
                    .description("claims PENDED, by the saga step they wait in").register(meters);
        }
    }

    @Scheduled(initialDelayString = "${medmassage.claims.late-sweep-interval:PT15S}",
            fixedDelayString = "${medmassage.claims.late-sweep-interval:PT15S}")
    void sweep() {
        try {
            Long pended = pendLateClaims.pendLate(replyTimeout, PER_SWEEP).block();
            if (pended != null && pended > 0) {
                log.warn("pended {} claim(s) whose answer is later than {}", pended, replyTimeout);
            }
            Map<ClaimStatus, Long> counts = waiting.pendedByStep().block();
            pendedByStep.forEach((step, count) -> count.set(counts == null ? 0 : counts.getOrDefault(step, 0L)));
        } catch (RuntimeException e) {
            // nothing was lost: the late claims are still late at the next sweep
            log.warn("sweep of late claims failed; retrying at the next interval", e);
        }
    }
}
