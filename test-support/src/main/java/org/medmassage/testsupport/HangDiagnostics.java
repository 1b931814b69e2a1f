package org.medmassage.testsupport;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Evidence for a request that never got its answer. Now and then, one request of a service's integration tests has
 * waited out the client's timeout (stop 25, CI of stop 26) and the next one was answered at once; the service runs in
 * the test's JVM, so its threads at that moment say where the request stood; PostgreSQL's sessions say whether it
 * waited for a connection of an exhausted pool (every one idle in a transaction) or for a lock.
 */
public final class HangDiagnostics {

    private HangDiagnostics() {
    }

    /** Runs the call; if it timed out, prints every thread's stack to stderr (the CI log) and rethrows. */
    public static <T> T onTimeout(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof TimeoutException) {
                System.err.println("no answer in time to " + what + "; the connection pools:\n" + connectionPools()
                        + "PostgreSQL's sessions:\n" + databaseSessions() + "\nthe JVM's threads:\n" + threadDump());
            }
            throw e;
        }
    }

    /**
     * The R2DBC pools' gauges (acquired, allocated, idle, pending) of every context in this JVM, as Boot binds them to
     * the global registry: a pool with every connection acquired and requests pending is a leak or a long holder.
     */
    static String connectionPools() {
        StringBuilder out = new StringBuilder();
        appendPools(Metrics.globalRegistry, out);
        return out.isEmpty() ? "(no r2dbc.pool gauges in the global registry)\n" : out.toString();
    }

    // Boot registers the gauges in its own registry, which it adds to the global composite: look in every member
    private static void appendPools(MeterRegistry registry, StringBuilder out) {
        if (registry instanceof CompositeMeterRegistry composite) {
            composite.getRegistries().forEach(member -> appendPools(member, out));
            return;
        }
        for (Meter meter : registry.getMeters()) {
            if (meter.getId().getName().startsWith("r2dbc.pool")) {
                out.append(meter.getId().getName()).append(' ').append(meter.getId().getTags()).append(" = ");
                meter.measure().forEach(measurement -> out.append(measurement.getValue()).append(' '));
                out.append('\n');
            }
        }
    }

    /** Every client session but this one: database, state, what it waits for, how long its transaction has run. */
    static String databaseSessions() {
        String url = "jdbc:postgresql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432") + "/postgres";
        StringBuilder out = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(url, env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
             ResultSet sessions = connection.createStatement().executeQuery("""
                     select datname, pid, state, wait_event_type, wait_event, now() - xact_start as in_transaction,
                            left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query
                     from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()
                     order by datname, xact_start nulls last""")) {
            while (sessions.next()) {
                out.append(String.join(" | ", sessions.getString("datname"), sessions.getString("pid"),
                        sessions.getString("state"), sessions.getString("wait_event_type") + "/"
                                + sessions.getString("wait_event"), sessions.getString("in_transaction"),
                        sessions.getString("query"))).append('\n');
            }
        } catch (SQLException e) {
            out.append("could not read pg_stat_activity: ").append(e);
        }
        return out.toString();
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    static String threadDump() {
        return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true))
                .map(HangDiagnostics::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(ThreadInfo thread) {
        String frames = Arrays.stream(thread.getStackTrace()).limit(40)
                .map(frame -> "\tat " + frame).collect(Collectors.joining("\n"));
        return "\"" + thread.getThreadName() + "\" " + thread.getThreadState()
                + (thread.getLockName() == null ? "" : " on " + thread.getLockName()) + "\n" + frames;
    }
}
