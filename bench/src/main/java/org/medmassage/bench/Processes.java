package org.medmassage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU and memory of each process of the system, from /proc: CPU time (utime + stime) sampled at the start and the end
 * of the measured window, resident memory (VmRSS) at the end. PostgreSQL is every process named `postgres` on this
 * machine (its backends are separate processes; other users' work on the same server counts too).
 */
final class Processes {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private Map<String, Long> ticksAtStart = Map.of();
    private long startNanos;
    private long systemBusyAtStart;
    private long systemTotalAtStart;

    Processes(Map<String, Long> pids, Path pidsDir) {
        if (pidsDir != null && Files.isDirectory(pidsDir)) {
            try (Stream<Path> files = Files.list(pidsDir)) {
                files.filter(f -> f.toString().endsWith(".pid")).sorted().forEach(f -> {
                    try {
                        this.pids.put(f.getFileName().toString().replace(".pid", ""),
                                Long.parseLong(Files.readString(f).trim()));
                    } catch (IOException | NumberFormatException ignored) {
                        // a pid file being rewritten: that process is simply not reported
                    }
                });
            } catch (IOException ignored) {
                // no pid files: only the bench itself and postgres are reported
            }
        }
        this.pids.putAll(pids);
        this.pids.put("bench", ProcessHandle.current().pid());
    }

    void start() {
        ticksAtStart = ticks();
        startNanos = System.nanoTime();
        long[] system = systemTicks();
        systemBusyAtStart = system[0];
        systemTotalAtStart = system[1];
    }

    /** Per process: CPU % of one core over the window and RSS in MB; plus the whole machine's busy %. */
    Map<String, Object> sinceStart() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Long> now = ticks();
        Map<String, Object> out = new LinkedHashMap<>();
        now.forEach((name, ticks) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            long before = ticksAtStart.getOrDefault(name, ticks);
            p.put("cpu_percent_of_one_core", Math.round((ticks - before) / TICKS_PER_SECOND / seconds * 1000) / 10.0);
            p.put("rss_mb", rssMb(name));
            out.put(name, p);
        });
        long[] system = systemTicks();
        double total = system[1] - systemTotalAtStart;
        out.put("machine_busy_percent", total > 0 ? Math.round((system[0] - systemBusyAtStart) / total * 1000) / 10.0 : 0);
        return out;
    }

    private Map<String, Long> ticks() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            long t = ticksOf(pid);
            if (t >= 0) {
                ticks.put(name, t);
            }
        });
        ticks.put("postgres (all backends)", postgresPids().stream().mapToLong(Processes::ticksOf)
                .filter(t -> t >= 0).sum());
        return ticks;
    }

    private long rssMb(String name) {
        if (name.startsWith("postgres (all")) {
            return postgresPids().stream().mapToLong(Processes::rssKb).sum() / 1024;
        }
        Long pid = pids.get(name);
        return pid == null ? 0 : rssKb(pid) / 1024;
    }

    private static List<Long> postgresPids() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return Files.readString(p.resolve("comm")).trim().equals("postgres");
                        } catch (IOException e) {
                            return false;
                        }
                    }).map(p -> Long.parseLong(p.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** utime + stime of the process, in clock ticks; -1 if it is gone. */
    private static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15 of stat(5)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
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
