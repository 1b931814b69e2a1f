package org.medmassage.localinfra.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker in KRaft mode (one process is both broker and controller), run from the
 * Maven Central jars. The storage is formatted on first start and kept in {@code dir}, so topics and committed
 * offsets survive a restart.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final int port;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts the broker and returns once it answers a client request.
     *
     * @param port           the client port on 127.0.0.1 ({@code 0} picks a free one)
     * @param controllerPort the KRaft controller port on 127.0.0.1 ({@code 0} picks a free one; the static quorum
     *                       does not store it, so it may change between restarts)
     * @param dir            where the server.properties and the log directory live
     */
    public static KafkaBroker start(int port, int controllerPort, Path dir) {
        int clientPort = port == 0 ? freePort() : port;
        BrokerConfig config = new BrokerConfig(clientPort, controllerPort == 0 ? freePort() : controllerPort, dir);
        Properties properties = config.properties();
        StorageFormat.formatIfNeeded(config, properties);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        KafkaBroker broker = new KafkaBroker(server, clientPort);
        try {
            server.startup();
            ReadinessProbe.awaitReady(broker.bootstrapServers(), READY_TIMEOUT);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Blocks until the broker has shut down (from {@link #close()} or a fatal error). */
    public void awaitShutdown() {
        server.awaitShutdown();
    }

    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
