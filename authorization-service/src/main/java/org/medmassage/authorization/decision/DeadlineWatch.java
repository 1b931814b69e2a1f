package org.medmassage.authorization.decision;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * PA-02 "alert before breach": what the deadline sweep tells the reviewer queue about a pended request, each alert once.
 * A request first seen past its deadline gets only the breach: a warning then would come too late to be one.
 */
public record DeadlineWatch(Duration warning) {

    public enum Alert {
        /** Nothing new to say. */
        NONE,
        /** Due within the warning window and not yet warned. */
        NEAR,
        /** Past its deadline, still pended, not yet counted. */
        BREACHED
    }

    public DeadlineWatch {
        Objects.requireNonNull(warning, "warning");
        if (warning.isNegative()) {
            throw new IllegalArgumentException("the warning comes before the deadline, not " + warning + " after");
        }
    }

    /** Requests due up to this instant may need an alert; later ones cannot yet. */
    public Instant horizon(Instant now) {
        return now.plus(warning);
    }

    public Alert alertFor(Instant dueAt, boolean warned, boolean breached, Instant now) {
        if (breached) {
            return Alert.NONE;
        }
        if (now.isAfter(dueAt)) {
            return Alert.BREACHED;
        }
        return !warned && !dueAt.isAfter(horizon(now)) ? Alert.NEAR : Alert.NONE;
    }
}
