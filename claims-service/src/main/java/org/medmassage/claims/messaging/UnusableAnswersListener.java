package org.medmassage.claims.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.application.PendClaim;
import org.medmassage.events.Topics;
import org.medmassage.support.messaging.DeadLetterObserver;
import org.medmassage.support.messaging.UnprocessableRecord;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer to the claim saga that is about to be dead-lettered (it does not decode, or its handler refused it for
 * good, e.g. an unbalanced remittance) pends the claim it names, so the claim does not wait for good. The record's
 * payload is read as loosely as possible: any JSON with {@code payload.claimId} is enough. A record naming no claim
 * pends nothing; the dead letter itself is still there to see and replay.
 */
@Component
class UnusableAnswersListener implements DeadLetterObserver {

    // authorization answers claims in RECEIVED (saga steps 2–3), benefits in IN_PROCESS (steps 4–5)
    private static final Map<String, ClaimStatus> STEP_ANSWERED = Map.of(
            Topics.AUTHORIZATION, ClaimStatus.RECEIVED, Topics.BENEFIT, ClaimStatus.IN_PROCESS);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PendClaim pendClaim;
    private final MeterRegistry meters;

    UnusableAnswersListener(PendClaim pendClaim, MeterRegistry meters) {
        this.pendClaim = pendClaim;
        this.meters = meters;
    }

    @Override
    public Mono<Void> beforeDeadLetter(UnprocessableRecord record) {
        ClaimStatus step = STEP_ANSWERED.get(record.topic());
        Optional<JsonNode> envelope = json(record.value());
        Optional<UUID> claimId = envelope.flatMap(UnusableAnswersListener::claimId);
        if (step == null || claimId.isEmpty()) {
            return Mono.empty();
        }
        String type = envelope.map(json -> json.path("type").asString("an event")).orElse("an event");
        String reason = type + " at " + record.position() + " could not be used (" + record.reason()
                + "); it is in the dead letters: fix the cause, then bin/medmassage dlq replay";
        return pendClaim.onUnusableAnswer(claimId.get(), step, reason)
                .doOnNext(pended -> {
                    if (pended) {
                        meters.counter("medmassage.claims.pended", "step", step.name()).increment();
                    }
                })
                .then();
    }

    private static Optional<JsonNode> json(byte[] value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(value));
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> claimId(JsonNode envelope) {
        JsonNode claimId = envelope.path("payload").path("claimId");
        if (!claimId.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claimId.asString()));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
