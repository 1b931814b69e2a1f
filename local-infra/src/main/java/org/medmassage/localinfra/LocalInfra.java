package org.medmassage.localinfra;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.medmassage.codesets.database.DatabaseCreator;
import org.medmassage.localinfra.chaos.WindowRedelivery;
import org.medmassage.localinfra.issuer.LocalIssuer;
import org.medmassage.localinfra.kafka.KafkaBroker;
import org.medmassage.localinfra.postgres.EmbeddedPostgresServer;

/**
 * Local infrastructure for runs without Docker: {@code kafka} (a real single-node KRaft broker), {@code postgres} (a
 * real embedded PostgreSQL) and {@code issuer} (an OpenID Connect issuer of the services' tokens). Each runs in the
 * foreground until the process is terminated; SIGTERM runs the shutdown hooks, which stop the server cleanly.
 */
public final class LocalInfra {

    private static final String USAGE = """
            usage: java -jar local-infra-exec.jar <command> [options]
              kafka    --port 9092 --dir <dir> [--controller-port <port>]   single-node KRaft broker on 127.0.0.1
              postgres --port 5433 --dir <dir>                               embedded PostgreSQL on localhost
              issuer   --port 8090 [--token-lifetime PT8H]              OpenID Connect issuer on 127.0.0.1 (development only:
                                                        it signs the role, member_id and npi it is asked for)
              create-databases --host 127.0.0.1 --port 5432 --user postgres --names a,b,c
                                                        creates the missing ones (password from DB_PASSWORD)
              dlq --bootstrap 127.0.0.1:9092          every dead-letter topic: records, not yet replayed, newest failure
              dlq-replay --bootstrap 127.0.0.1:9092 --topic error.<topic>.<group> [--include-malformed true]
                                                        sends the records not yet replayed back to their topic
              redeliver --bootstrap 127.0.0.1:9092 --topics a,b --from <epoch ms> --to <epoch ms> [--times 3]
                                                        writes every record of the window again, times over (chaos)
            """;

    private LocalInfra() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.print(USAGE);
            System.exit(args.length == 0 ? 2 : 0);
        }
        Options options;
        try {
            options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        switch (args[0]) {
            case "kafka" -> runKafka(options);
            case "postgres" -> runPostgres(options);
            case "issuer" -> runIssuer(options);
            case "create-databases" -> createDatabases(options);
            case "dlq" -> DeadLetterCommands.list(options.string("bootstrap", "127.0.0.1:9092"));
            case "dlq-replay" -> System.exit(DeadLetterCommands.replay(options.string("bootstrap", "127.0.0.1:9092"),
                    options.string("topic", ""), Boolean.parseBoolean(options.string("include-malformed", "false"))));
            case "redeliver" -> redeliver(options);
            default -> {
                System.err.println("unknown command: " + args[0]);
                System.err.print(USAGE);
                System.exit(2);
            }
        }
    }

    private static void redeliver(Options options) throws Exception {
        WindowRedelivery.Report report = WindowRedelivery.redeliver(options.string("bootstrap", "127.0.0.1:9092"),
                List.of(options.string("topics", "").split(",")),
                Instant.ofEpochMilli(Long.parseLong(options.string("from", "0"))),
                Instant.ofEpochMilli(Long.parseLong(options.string("to", String.valueOf(System.currentTimeMillis())))),
                options.intValue("times", 3));
        System.out.printf("redelivered %d record(s) of the window %d time(s): %d sent %s%n", report.recordsInWindow(),
                options.intValue("times", 3), report.sent(), report.byTopic());
    }

    private static void runKafka(Options options) throws Exception {
        int port = options.intValue("port", 9092);
        Path dir = options.path("dir", Path.of(".run", "kafka"));
        int controllerPort = options.intValue("controller-port", 0);
        long started = System.nanoTime();
        KafkaBroker broker = KafkaBroker.start(port, controllerPort, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            System.out.println("kafka stopped");
        }, "kafka-shutdown"));
        System.out.printf("kafka ready on %s (started in %d ms, data in %s)%n",
                broker.bootstrapServers(), millisSince(started), dir.toAbsolutePath());
        broker.awaitShutdown();
    }

    private static void runPostgres(Options options) throws Exception {
        int port = options.intValue("port", 5433);
        Path dir = options.path("dir", Path.of(".run", "postgres"));
        long started = System.nanoTime();
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(port, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            postgres.close();
            System.out.println("postgres stopped");
        }, "postgres-shutdown"));
        System.out.printf("postgres ready on 127.0.0.1:%d (started in %d ms, data in %s, user postgres, trust auth)%n",
                port, millisSince(started), dir.toAbsolutePath());
        postgres.awaitShutdown();
    }

    private static void runIssuer(Options options) throws InterruptedException {
        long started = System.nanoTime();
        LocalIssuer issuer = LocalIssuer.start(options.intValue("port", 8090),
                Duration.parse(options.string("token-lifetime", "PT8H")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            issuer.close();
            System.out.println("issuer stopped");
        }, "issuer-shutdown"));
        System.out.printf("issuer ready at %s (started in %d ms; keys %s, tokens %s)%n", issuer.issuerUri(),
                millisSince(started), issuer.jwkSetUri(), issuer.tokenUri());
        Thread.currentThread().join();
    }

    private static void createDatabases(Options options) throws Exception {
        List<String> names = List.of(options.string("names", "").split(","));
        List<String> created = DatabaseCreator.createMissing(options.string("host", "127.0.0.1"),
                options.intValue("port", 5432), options.string("user", "postgres"), System.getenv("DB_PASSWORD"),
                names.stream().filter(name -> !name.isBlank()).toList());
        System.out.println(created.isEmpty() ? "all databases exist" : "created " + String.join(", ", created));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
