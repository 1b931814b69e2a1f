package org.medmassage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The machine and the code the figures belong to, and the few counters read from the servers around the run. */
final class Machine {

    static Map<String, Object> describe(Path repo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memory_mb", memInfoKb("MemTotal") / 1024);
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("commit", git(repo, "rev-parse", "--short", "HEAD")
                + (git(repo, "status", "--porcelain", "--untracked-files=no").isBlank() ? "" : " (with local changes)"));
        return m;
    }

    /** The 1-, 5- and 15-minute load averages. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The pg_stat_database counters summed over the run's databases, read in one query. */
    static final List<String> DATABASE_COUNTERS = List.of("xact_commit", "xact_rollback", "tup_returned",
            "tup_fetched", "tup_inserted", "tup_updated", "tup_deleted");

    /** The table-level counters (pg_stat_user_tables) summed over every table of the run's databases. */
    static final List<String> TABLE_COUNTERS = List.of("seq_scan", "idx_scan", "n_tup_ins");

    /**
     * The counters above, read around a window; empty when PostgreSQL cannot be asked. pg_stat_user_tables is per
     * database, hence one connection per database.
     */
    static Map<String, Long> databaseCounters(Options o) {
        Map<String, Long> counters = new LinkedHashMap<>();
        try (Connection c = connect(o, "postgres");
             PreparedStatement s = c.prepareStatement("select " + String.join(", ", DATABASE_COUNTERS.stream()
                     .map(n -> "coalesce(sum(" + n + "), 0)").toList()) + " from pg_stat_database where datname = any(?)")) {
            s.setArray(1, c.createArrayOf("text", o.databases.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                for (int i = 0; i < DATABASE_COUNTERS.size(); i++) {
                    counters.put(DATABASE_COUNTERS.get(i), r.getLong(i + 1));
                }
            }
            Map<String, Long> tables = new LinkedHashMap<>();
            for (String database : o.databases) {
                try (Connection db = connect(o, database);
                     PreparedStatement t = db.prepareStatement("select " + String.join(", ", TABLE_COUNTERS.stream()
                             .map(n -> "coalesce(sum(" + n + "), 0)").toList()) + " from pg_stat_user_tables");
                     ResultSet r = t.executeQuery()) {
                    r.next();
                    for (int i = 0; i < TABLE_COUNTERS.size(); i++) {
                        tables.merge(TABLE_COUNTERS.get(i), r.getLong(i + 1), Long::sum);
                    }
                } catch (Exception e) {
                    // a database cut off (chaos dbcut): a partial sum would be wrong, so no table counters at all
                    System.err.println("bench: could not read pg_stat_user_tables of " + database + ": " + e.getMessage());
                    return counters;
                }
            }
            counters.putAll(tables);
            return counters;
        } catch (Exception e) {
            System.err.println("bench: could not read PostgreSQL's statistics: " + e.getMessage());
            return Map.of();
        }
    }

    /**
     * A JDBC connection, retried for a while: on this shared server the connection slots (max_connections) are
     * sometimes all taken by other runs' pools for a few seconds.
     */
    static Connection connect(Options o, String database) throws SQLException, InterruptedException {
        String url = "jdbc:postgresql://" + o.dbHost + ":" + o.dbPort + "/" + database;
        for (int attempt = 1; ; attempt++) {
            try {
                return DriverManager.getConnection(url, o.dbUser, o.dbPassword);
            } catch (SQLException e) {
                if (attempt == 20 || !String.valueOf(e.getMessage()).contains("too many clients")) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static long memInfoKb(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith(key + ":"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String git(Path repo, String... args) {
        try {
            String[] command = new String[args.length + 3];
            command[0] = "git";
            command[1] = "-C";
            command[2] = repo.toString();
            System.arraycopy(args, 0, command, 3, args.length);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
