package org.medmassage.events;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The one envelope every event travels in (DESIGN §3). The payload stays a JSON tree so that a consumer can read the
 * envelope (to deduplicate, route or dead-letter) before it commits to a payload type.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String memberId,
        String correlationId,
        UUID causationId,
        JsonNode payload) {
}
