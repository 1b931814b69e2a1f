package org.medmassage.support.messaging;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcTransientException;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.medmassage.events.MalformedEventException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a fault of the infrastructure, which passes (database down, slow or restarting, a lock or serialization
 * conflict, the broker away), from a record that can never be processed (malformed, or refused by its handler).
 * The first is retried for as long as it lasts; only the second may go to a dead-letter topic.
 */
public final class Faults {

    // PostgreSQL SQLSTATE classes that pass: 08 connection, 40 rollback (serialization, deadlock), 53 insufficient
    // resources, 57 operator intervention (admin shutdown, statement timeout), 58 system error; 55P03 lock not available.
    private static final Set<String> TRANSIENT_SQLSTATE_CLASSES = Set.of("08", "40", "53", "57", "58");
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String NOT_ACCEPTING_CONNECTIONS = "not currently accepting connections"; // SQLSTATE 55000

    private Faults() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof MalformedEventException) {
                return false;
            }
        }
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (passes(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The failure itself, without the listener and messaging wrappers the container adds around it. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof MessagingException
                || cause instanceof BatchListenerFailedException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean passes(Throwable cause) {
        if (cause instanceof R2dbcTransientException || cause instanceof TransientDataAccessException
                || cause instanceof CannotCreateTransactionException || cause instanceof TimeoutException
                || cause instanceof IOException || cause instanceof RetriableException) {
            return true;
        }
        if (cause instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null) {
            String state = r2dbc.getSqlState();
            return TRANSIENT_SQLSTATE_CLASSES.contains(state.substring(0, Math.min(2, state.length())))
                    || state.equals(LOCK_NOT_AVAILABLE)
                    || (state.equals("55000") && String.valueOf(r2dbc.getMessage()).contains(NOT_ACCEPTING_CONNECTIONS));
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
