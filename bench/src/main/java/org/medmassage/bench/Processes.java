package org.medmassage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * CPU and memory of every process of the run, from /proc: the services, broker and issuer (pid files of
 * `bin/medmassage up`), the bench itself, and PostgreSQL — the backends of the run's databases plus the server's own
 * processes (checkpointer, WAL writer, …, postmaster), found through pg_stat_activity, so that other users' work on a
 * shared server is not charged to the claims. Where those pids are not visible here (a remote or containerised
 * server), every process named `postgres` on the machine stands in, and the report says so.
 * <p>
 * CPU is utime + stime, sampled per pid (and its start time, against pid reuse): a process that starts during a window
 * counts in full, one that exits during it is lost (a restarted service counts from its restart).
 */
final class Processes {

    static final String POSTGRES = "postgres (run's backends + server)";
    static final String POSTGRES_ALL = "postgres (every process on the machine)";

    private final Options options;
    private final Map<String, Long> fixedPids;
    private Snapshot atStart;
    private Idle idle = new Idle(Map.of(), 0);
    private double machineBusy;
    private Map<String, String> lastPids = Map.of();

    /** Ticks and name per `pid@starttime`; {@code system} is the machine's {busy, total} ticks. */
    record Snapshot(long nanos, Map<String, Long> ticksByPid, Map<String, String> nameByPid, long[] system) {
    }

    /** What each process used while the system idled, over how many seconds. */
    record Idle(Map<String, Long> ticks, double seconds) {
    }

    Processes(Options options) {
        this.options = options;
        this.fixedPids = new LinkedHashMap<>(options.pids);
        this.fixedPids.put("bench", ProcessHandle.current().pid());
    }

    /** Measures the idle baseline: call it with the system set up and quiet, before any load. */
    Idle measureIdle(int seconds) {
        snapshot(); // the first one loads the JDBC driver and /proc readers: the bench's one-off cost, not its idle
        Snapshot before = snapshot();
        LockSupport.parkNanos(seconds * 1_000_000_000L);
        Snapshot after = snapshot();
        idle = new Idle(ticksByName(before, after), (after.nanos() - before.nanos()) / 1e9);
        return idle;
    }

    void start() {
        atStart = snapshot();
    }

    /** Each process's CPU over the window so far, with its idle baseline. */
    List<CpuUse> sinceStart() {
        Snapshot now = snapshot();
        double seconds = (now.nanos() - atStart.nanos()) / 1e9;
        List<CpuUse> uses = new ArrayList<>();
        ticksByName(atStart, now).forEach((name, ticks) -> uses.add(
                new CpuUse(name, ticks, seconds, idle.ticks().getOrDefault(name, 0L), idle.seconds())));
        machineBusy = busyPercent(atStart.system(), now.system());
        lastPids = now.nameByPid();
        return uses;
    }

    /** The report's rows: per process CPU, idle baseline, net CPU, % of one core, RSS; then the totals. */
    Map<String, Object> describe(List<CpuUse> uses, int claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (CpuUse use : uses) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("cpu_ms", Math.round(use.cpuMs()));
            p.put("idle_baseline_ms", Math.round(use.idleBaselineMs()));
            p.put("net_cpu_ms", Math.round(use.netMs()));
            p.put("net_cpu_ms_per_claim", claims > 0 ? Bound.round(use.netMs() / claims) : 0);
            p.put("cpu_percent_of_one_core", Bound.round(use.percentOfOneCore()));
            p.put("rss_mb", rssMb(use.process()));
            out.put(use.process(), p);
        }
        out.put("all_in_cpu_ms", Math.round(uses.stream().mapToDouble(CpuUse::cpuMs).sum()));
        out.put("all_in_idle_baseline_ms", Math.round(uses.stream().mapToDouble(CpuUse::idleBaselineMs).sum()));
        out.put("all_in_net_cpu_ms", Math.round(uses.stream().mapToDouble(CpuUse::netMs).sum()));
        out.put("idle_baseline_seconds", Bound.round(idle.seconds()));
        out.put("machine_busy_percent", machineBusy);
        return out;
    }

    /** Per name, the ticks used between two snapshots: pids only in {@code to} started since and count in full. */
    static Map<String, Long> ticksByName(Snapshot from, Snapshot to) {
        Map<String, Long> byName = new LinkedHashMap<>();
        to.ticksByPid().forEach((pid, ticks) -> byName.merge(to.nameByPid().get(pid),
                Math.max(0, ticks - from.ticksByPid().getOrDefault(pid, 0L)), Long::sum));
        return byName;
    }

    Snapshot snapshot() {
        Map<String, String> names = new LinkedHashMap<>();
        readPidFiles().forEach((name, pid) -> names.put(String.valueOf(pid), name));
        fixedPids.forEach((name, pid) -> names.put(String.valueOf(pid), name));
        List<Long> postgres = postgresOfTheRun();
        String postgresName = postgres.isEmpty() ? POSTGRES_ALL : POSTGRES;
        (postgres.isEmpty() ? allPostgresPids() : postgres).forEach(pid -> names.put(String.valueOf(pid), postgresName));
        Map<String, Long> ticks = new HashMap<>();
        Map<String, String> nameByKey = new HashMap<>();
        names.forEach((pid, name) -> {
            long[] stat = stat(Long.parseLong(pid));
            if (stat != null) {
                String key = pid + "@" + stat[1];
                ticks.put(key, stat[0]);
                nameByKey.put(key, name);
            }
        });
        return new Snapshot(System.nanoTime(), ticks, nameByKey, systemTicks());
    }

    private Map<String, Long> readPidFiles() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (options.pidsDir == null || !Files.isDirectory(options.pidsDir)) {
            return pids;
        }
        try (Stream<Path> files = Files.list(options.pidsDir)) {
            files.filter(f -> f.toString().endsWith(".pid")).sorted().forEach(f -> {
                try {
                    pids.put(f.getFileName().toString().replace(".pid", ""), Long.parseLong(Files.readString(f).trim()));
                } catch (IOException | NumberFormatException ignored) {
                    // a pid file being rewritten: that process is simply not counted in this sample
                }
            });
        } catch (IOException ignored) {
            // no pid files: only the bench itself and postgres are counted
        }
        return pids;
    }

    /**
     * The backends of the run's databases and the server's own processes (no database), plus the postmaster (their
     * parent); empty when none of them is a local `postgres` process.
     */
    private List<Long> postgresOfTheRun() {
        List<Long> pids = new ArrayList<>();
        try (Connection c = Machine.connect(options, "postgres");
             PreparedStatement s = c.prepareStatement("select pid from pg_stat_activity "
                     + "where (datname = any(?) or datname is null) and pid <> pg_backend_pid()")) {
            s.setArray(1, c.createArrayOf("text", options.databases.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pids.add(r.getLong(1));
                }
            }
        } catch (Exception e) {
            return List.of();
        }
        List<Long> local = new ArrayList<>(pids.stream().filter(Processes::isLocalPostgres).toList());
        local.stream().map(Processes::parentOf).filter(p -> p > 0 && isLocalPostgres(p)).distinct()
                .filter(p -> !local.contains(p)).toList().forEach(local::add);
        return local;
    }

    private static boolean isLocalPostgres(long pid) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(pid), "comm")).trim().equals("postgres");
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Long> allPostgresPids() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).filter(Processes::isLocalPostgres).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** {utime + stime, start time} of the process in clock ticks; null if it is gone. */
    private static long[] stat(long pid) {
        String[] fields = statFields(pid);
        if (fields == null) {
            return null;
        }
        // fields 14, 15 and 22 of stat(5), counted from the state (field 3) after the command name
        return new long[] {Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long.parseLong(fields[19])};
    }

    private static long parentOf(long pid) {
        String[] fields = statFields(pid);
        return fields == null ? -1 : Long.parseLong(fields[1]);
    }

    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private long rssMb(String name) {
        return lastPids.entrySet().stream().filter(e -> e.getValue().equals(name))
                .mapToLong(e -> rssKb(Long.parseLong(e.getKey().substring(0, e.getKey().indexOf('@'))))).sum() / 1024;
    }

    private static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    private static double busyPercent(long[] from, long[] to) {
        double total = to[1] - from[1];
        return total > 0 ? Math.round((to[0] - from[0]) / total * 1000) / 10.0 : 0;
    }

    /** {busy, total} ticks of all cores from /proc/stat. */
    private static long[] systemTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
