package org.medmassage.claims.adjudication;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The claim saga in one place (DESIGN §4): each step the saga waits in, the service that answers it, the events that
 * move it on, and what undoes the step when a later one denies the claim. A claim waiting longer than the reply
 * timeout is pended with the step and the service it waits for, and moves on when the answer comes. A claim decided
 * at intake (denied, or a workers' comp claim paid at the state fee schedule, decision 0068) waits in no step.
 */
public enum AwaitedReply {

    /** SessionBilled is out; authorization-service matches the visit to an authorization (PA-03). */
    AUTHORIZATION(ClaimStatus.RECEIVED, "authorization-service", List.of("VisitAuthorized", "VisitNotAuthorized"),
            "none: a visit not authorized consumes nothing"),
    /** CostShareRequested is out; benefits-service applies deductible, copay, coinsurance and the visit limit. */
    COST_SHARE(ClaimStatus.IN_PROCESS, "benefits-service",
            List.of("CostShareApplied", "BenefitLimitReached", "CostShareDenied"),
            "a denial gives the authorized visit back: ClaimAdjudicated DENIED releases it (PA-04)");

    private final ClaimStatus step;
    private final String answeredBy;
    private final List<String> events;
    private final String compensation;

    AwaitedReply(ClaimStatus step, String answeredBy, List<String> events, String compensation) {
        this.step = step;
        this.answeredBy = answeredBy;
        this.events = List.copyOf(events);
        this.compensation = compensation;
    }

    /** What a claim in this saga step waits for; none for a decided, voided or pended claim. */
    public static Optional<AwaitedReply> inStep(ClaimStatus step) {
        for (AwaitedReply reply : values()) {
            if (reply.step == step) {
                return Optional.of(reply);
            }
        }
        return Optional.empty();
    }

    public ClaimStatus step() {
        return step;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public List<String> events() {
        return events;
    }

    public String compensation() {
        return compensation;
    }

    /** The reason a claim is pended with when the answer is late, naming who is late and with what. */
    public String lateReason(Duration waited) {
        return "no answer from " + answeredBy + " (" + String.join(" or ", events) + ") within " + readable(waited)
                + "; the claim moves on when it comes";
    }

    private static String readable(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + (seconds == 3600 ? " hour" : " hours");
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + (seconds == 60 ? " minute" : " minutes");
        }
        return seconds + " seconds";
    }
}
