package org.medmassage.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bench's settings, from `--name value` arguments. Defaults target a system started by `bin/medmassage up`. */
final class Options {

    static final String USAGE = """
            usage: bench [--duration 60] [--warmup 30] (--rate 15 | --rates 50,100,200 | --concurrency 16)
                         [--idle-seconds 5] [--members N] [--out dir]
                         [--referral-url http://127.0.0.1:8081] [--authorization-url …:8082] [--claims-url …:8083]
                         [--benefits-url …:8084] [--notification-url …:8085] [--kafka 127.0.0.1:9092]
                         [--db-host 127.0.0.1] [--db-port 5432] [--db-user postgres] [--databases a,b,…]
                         [--pids-dir .run/pids] [--pid name=pid]… [--ceiling-seconds 10] [--pgbench-clients 4]
                         [--drain-timeout 120] [--repo .] [--issuer http://127.0.0.1:8090/medmassage]
            Open loop (--rate claims/s) is the default: latency runs from each claim's scheduled send, so a late send
            still counts. --rates runs a sweep: one window (its own warm-up + duration) per rate, in order, stopping at
            the first rate with p99 > 1 s or a growing backlog, and reports the highest rate with p99 <= 1 s.
            --concurrency N runs N closed-loop clients instead. The headline is all-in CPU ms per claim: every
            process of the run (services, broker, issuer, PostgreSQL, the bench) over the window, less its CPU over
            --idle-seconds of idle before the load, scaled to the window; ÷ the claims adjudicated in the window.""";

    int durationSeconds = 60;
    // the services' JIT and pools settle for longer than 15 s under load on a busy 2-core machine
    int warmupSeconds = 30;
    double rate = 15; // below what this 2-core machine sustains (~24/s), so the default run measures latency, not a backlog
    /** Open-loop rates, one window each: [rate] unless --rates gives a sweep. */
    List<Double> rates = List.of(rate);
    boolean sweep;
    int idleSeconds = 5;
    int concurrency = 0;
    int members = 0;
    Path out;
    final Map<String, String> urls = new LinkedHashMap<>(Map.of(
            "referral", "http://127.0.0.1:8081", "authorization", "http://127.0.0.1:8082",
            "claims", "http://127.0.0.1:8083", "benefits", "http://127.0.0.1:8084",
            "notification", "http://127.0.0.1:8085"));
    String kafka = "127.0.0.1:9092";
    /** The OpenID Connect issuer the services trust; the bench asks it for a token per role it acts as. */
    String issuer = "http://127.0.0.1:8090/medmassage";
    String dbHost = "127.0.0.1";
    int dbPort = 5432;
    String dbUser = "postgres";
    String dbPassword = System.getenv().getOrDefault("DB_PASSWORD", "");
    List<String> databases = new ArrayList<>(List.of("medmassage_referral", "medmassage_authorization",
            "medmassage_claims", "medmassage_benefits", "medmassage_notification"));
    Path pidsDir;
    final Map<String, Long> pids = new LinkedHashMap<>();
    int ceilingSeconds = 10;
    int pgbenchClients = 4;
    int drainTimeoutSeconds = 120;
    Path repo = Path.of(".");

    static Options parse(String... args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("-h") || name.equals("--help")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--duration" -> o.durationSeconds = Integer.parseInt(value);
                case "--warmup" -> o.warmupSeconds = Integer.parseInt(value);
                case "--rate" -> {
                    o.rate = Double.parseDouble(value);
                    o.rates = List.of(o.rate);
                }
                case "--rates" -> {
                    o.rates = Sweep.parseRates(value);
                    o.sweep = true;
                }
                case "--idle-seconds" -> o.idleSeconds = Integer.parseInt(value);
                case "--concurrency" -> o.concurrency = Integer.parseInt(value);
                case "--members" -> o.members = Integer.parseInt(value);
                case "--out" -> o.out = Path.of(value);
                case "--referral-url", "--authorization-url", "--claims-url", "--benefits-url", "--notification-url" ->
                        o.urls.put(name.substring(2, name.length() - 4), value);
                case "--kafka" -> o.kafka = value;
                case "--issuer" -> o.issuer = value;
                case "--db-host" -> o.dbHost = value;
                case "--db-port" -> o.dbPort = Integer.parseInt(value);
                case "--db-user" -> o.dbUser = value;
                case "--databases" -> o.databases = List.of(value.split(","));
                case "--pids-dir" -> o.pidsDir = Path.of(value);
                case "--pid" -> o.pids.put(value.substring(0, value.indexOf('=')),
                        Long.parseLong(value.substring(value.indexOf('=') + 1)));
                case "--ceiling-seconds" -> o.ceilingSeconds = Integer.parseInt(value);
                case "--pgbench-clients" -> o.pgbenchClients = Integer.parseInt(value);
                case "--drain-timeout" -> o.drainTimeoutSeconds = Integer.parseInt(value);
                case "--repo" -> o.repo = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (o.out == null) {
            o.out = Path.of("bench-results", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        }
        if (o.members <= 0) {
            o.members = defaultMembers(o);
        }
        return o;
    }

    boolean openLoop() {
        return concurrency <= 0;
    }

    /** Enough members that the claim budget (12 visits each) outlasts the run with a margin of a quarter. */
    private static int defaultMembers(Options o) {
        // closed loop: about what this 2-core machine does; a sweep: every rate's window, should none stop it
        double claimsPerSecond = o.openLoop() ? o.rates.stream().mapToDouble(Double::doubleValue).sum() : 40;
        double claims = claimsPerSecond * (o.warmupSeconds + o.durationSeconds) * 1.25;
        return Math.max(10, (int) Math.ceil(claims / ClaimSchedule.VISITS_PER_MEMBER));
    }

    String settings() {
        String load = sweep ? "open-loop sweep over " + rates + " claims/s"
                : openLoop() ? "open loop, " + rate + " claims/s" : "closed loop, " + concurrency + " clients";
        return load
                + ", warm-up " + warmupSeconds + " s, measured " + durationSeconds + " s, " + members + " members";
    }
}
