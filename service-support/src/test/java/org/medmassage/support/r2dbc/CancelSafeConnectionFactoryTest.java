package org.medmassage.support.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class CancelSafeConnectionFactoryTest {

    private final Sinks.One<Connection> pool = Sinks.one();
    private final Connection connection = mock(Connection.class);
    private final CancelSafeConnectionFactory factory = new CancelSafeConnectionFactory(pooled());

    @Test
    void a_connection_handed_over_after_its_subscriber_cancelled_goes_back_to_the_pool() {
        Disposable waiting = Mono.from(factory.create()).subscribe();
        waiting.dispose(); // a zip sibling failed, a timeout fired, the client went away

        pool.tryEmitValue(connection);

        verify(connection).close();
    }

    @Test
    void a_subscriber_still_waiting_gets_the_connection_and_it_stays_open() {
        Mono<Connection> acquired = Mono.from(factory.create()).map(Connection.class::cast);
        pool.tryEmitValue(connection);

        assertThat(acquired.block(Duration.ofSeconds(5))).isSameAs(connection);
        verify(connection, never()).close();
    }

    @Test
    void the_pool_is_what_it_wraps() {
        assertThat(factory.unwrap()).isNotNull();
    }

    private ConnectionFactory pooled() {
        ConnectionFactory delegate = mock(ConnectionFactory.class);
        when(connection.close()).thenReturn(Mono.empty());
        when(delegate.create()).thenAnswer(invocation -> pool.asMono());
        return delegate;
    }
}
