package org.medmassage.claims.adjudication;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a claim is PENDED: the saga step it was waiting in (RECEIVED for authorization's answer, IN_PROCESS for
 * benefits') when the answer came and could not be used, the reason in words an operator can act on, and since when.
 * The claim resumes from that step when a usable answer arrives (e.g. the dead letter replayed after a fix).
 */
public record Pend(ClaimStatus step, String reason, Instant since) {

    public static final int MAX_REASON = 1_000;

    public Pend {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(since, "since");
        if (step != ClaimStatus.RECEIVED && step != ClaimStatus.IN_PROCESS) {
            throw new IllegalArgumentException("a claim is pended while it waits in RECEIVED or IN_PROCESS, not " + step);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a pended claim needs a reason");
        }
        reason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason;
    }
}
