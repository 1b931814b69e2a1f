package org.medmassage.support.r2dbc;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A connection factory whose acquisitions cannot be cancelled half-way. A reactive chain cancels the query it waits for
 * when a sibling fails or completes empty ({@code Mono.zip}), a timeout fires or a client goes away; a pooled
 * connection handed over at that very moment is never released (r2dbc-pool issues 143, 144, 198), and ten of those
 * leave every request of a service waiting for a connection for ever — the shape of one access-test hang of stop 27,
 * where PostgreSQL showed the pool's ten sessions idle while the pool counted them all in use. Here the pool's
 * acquisition always runs to its end: a connection that arrives for a subscriber already gone is given straight back.
 */
public final class CancelSafeConnectionFactory implements ConnectionFactory, Wrapped<ConnectionFactory> {

    private static final int WAITING = 0;
    private static final int CANCELLED = 1;
    private static final int DELIVERED = 2;

    private final ConnectionFactory delegate;

    public CancelSafeConnectionFactory(ConnectionFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public Publisher<? extends Connection> create() {
        return Mono.<Connection>create(sink -> {
            AtomicInteger state = new AtomicInteger(WAITING);
            sink.onCancel(() -> state.compareAndSet(WAITING, CANCELLED));
            Mono.from(delegate.create()).subscribe(connection -> {
                if (state.compareAndSet(WAITING, DELIVERED)) {
                    sink.success(connection); // a cancel racing this is handed the connection as a discard, below
                } else {
                    giveBack(connection);
                }
            }, sink::error);
        }).doOnDiscard(Connection.class, CancelSafeConnectionFactory::giveBack);
    }

    private static void giveBack(Connection connection) {
        Mono.from(connection.close()).onErrorComplete().subscribe();
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return delegate.getMetadata();
    }

    @Override
    public ConnectionFactory unwrap() {
        return delegate;
    }
}
