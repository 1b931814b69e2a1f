package org.medmassage.authorization.decision;

import java.util.Objects;
import java.util.UUID;

/** The technical identity of an authorization (a UUID), used in URLs and as the events' correlation id. */
public record AuthorizationId(String value) {

    public AuthorizationId {
        Objects.requireNonNull(value, "value");
    }

    public static AuthorizationId random() {
        return new AuthorizationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
