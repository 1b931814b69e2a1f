package org.medmassage.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcRollbackException;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.events.MalformedEventException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.support.GenericMessage;
import org.springframework.transaction.CannotCreateTransactionException;

/** Issue 10: a fault of the infrastructure is waited out; a record that can never be processed is dead-lettered. */
class FaultsTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("database refusing connections (SQLSTATE 55000)", new R2dbcNonTransientResourceException(
                        "database \"medmassage_benefits\" is not currently accepting connections", "55000"), true),
                Arguments.of("connection closed (08006)", new R2dbcNonTransientResourceException("closed", "08006"), true),
                Arguments.of("backend terminated (57P01)", new R2dbcNonTransientResourceException("terminating", "57P01"), true),
                Arguments.of("statement timeout (57014)", new R2dbcNonTransientResourceException("canceling", "57014"), true),
                Arguments.of("lock timeout (55P03)", new R2dbcNonTransientResourceException("lock", "55P03"), true),
                Arguments.of("serialization failure (40001)", new R2dbcRollbackException("could not serialize", "40001"), true),
                Arguments.of("too many connections (53300)", new R2dbcNonTransientResourceException("too many", "53300"), true),
                Arguments.of("pool acquire timeout", new R2dbcTimeoutException("acquire"), true),
                Arguments.of("no transaction could begin", new CannotCreateTransactionException("no connection",
                        new ConnectException("refused")), true),
                Arguments.of("translated by Spring", new DataAccessResourceFailureException("failed",
                        new R2dbcNonTransientResourceException("closed", "08006")), true),
                Arguments.of("handler timed out", new IllegalStateException("Timeout on blocking read",
                        new TimeoutException()), true),
                Arguments.of("wrapped by the container", wrapped(new R2dbcNonTransientResourceException("closed", "08003")), true),
                Arguments.of("malformed record", wrapped(new MalformedEventException("not an event envelope")), false),
                Arguments.of("unique violation (23505)", new R2dbcDataIntegrityViolationException("duplicate", "23505"), false),
                Arguments.of("raised by a trigger (P0001)", new R2dbcNonTransientResourceException("raise", "P0001"), false),
                Arguments.of("55000 for another reason", new R2dbcNonTransientResourceException("currval not yet defined", "55000"), false),
                Arguments.of("a handler's own refusal", wrapped(new IllegalStateException("handler failure")), false));
    }

    @ParameterizedTest(name = "{0}: transient {2}")
    @MethodSource("failures")
    void tells_a_passing_fault_from_a_poison_record(String what, Exception failure, boolean passes) {
        assertThat(Faults.isTransient(failure)).isEqualTo(passes);
    }

    @Test
    void names_the_failure_without_the_containers_wrappers() {
        Exception failure = new IllegalStateException("handler failure");

        assertThat(Faults.unwrap(wrapped(failure))).isSameAs(failure);
        assertThat(Faults.unwrap(failure)).isSameAs(failure);
    }

    private static Exception wrapped(Exception failure) {
        return new ListenerExecutionFailedException("listener failed",
                new MessageHandlingException(new GenericMessage<>("record"), failure));
    }
}
