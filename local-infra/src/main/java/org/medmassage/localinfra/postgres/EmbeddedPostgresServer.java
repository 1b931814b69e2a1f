package org.medmassage.localinfra.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (zonky's bundled linux-amd64 binaries) on localhost, superuser {@code postgres} with trust auth,
 * for machines with no PostgreSQL of their own. Data is kept in {@code dir/data} across restarts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(int port, Path dir) {
        Path absolute = dir.toAbsolutePath();
        try {
            removeUnfinishedExtractions(absolute.resolve("binaries"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(absolute.resolve("data"))
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(absolute.resolve("binaries").toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // pg_ctl/postgres write to this process's stdout: the log file of whoever started it.
                    .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                    .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on port " + port, e);
        }
    }

    /**
     * zonky marks a finished extraction with {@code .exists} and, without it, extracts again into the same directory,
     * which fails on the files a killed earlier attempt left behind.
     */
    private static void removeUnfinishedExtractions(Path binaries) throws IOException {
        Files.createDirectories(binaries);
        try (Stream<Path> extractions = Files.list(binaries)) {
            for (Path extraction : extractions.filter(p -> !Files.exists(p.resolve(".exists"))).toList()) {
                deleteRecursively(extraction);
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    /**
     * Blocks until {@link #close()}, or until the postmaster has stopped answering on its port for a few checks in a
     * row (it runs detached from this JVM, so nothing else would notice it died).
     */
    public void awaitShutdown() throws InterruptedException {
        int failures = 0;
        while (!stopped.await(5, TimeUnit.SECONDS)) {
            failures = accepts() ? 0 : failures + 1;
            if (failures >= 3) {
                throw new IllegalStateException("PostgreSQL on port " + port() + " stopped answering");
            }
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (closing.compareAndSet(false, true)) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                stopped.countDown();
            }
        }
    }
}
