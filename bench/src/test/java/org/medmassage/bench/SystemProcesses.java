package org.medmassage.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The system as separate processes for the smoke test, the way system-tests starts it: a KRaft broker (local-infra)
 * and the five service jars on free ports (never 8081-8085/9092) with fresh databases, dropped afterwards.
 */
final class SystemProcesses implements AutoCloseable {

    static final List<String> SERVICES = List.of("referral", "authorization", "claims", "benefits", "notification");
    private static final List<String> JVM_FLAGS = List.of("-Xms64m", "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=64m",
            "-XX:MaxDirectMemorySize=128m");

    private final Path root = Path.of("").toAbsolutePath().getParent();
    private final Path work = Path.of("target", "smoke").toAbsolutePath();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<String> databases = new ArrayList<>();
    private int kafkaPort;

    /** Starts everything, or stops what it started and rethrows. */
    SystemProcesses start() throws Exception {
        try {
            startAll();
            return this;
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        kafkaPort = freePort();
        Process kafka = start("kafka", List.of(java(), "-Xmx512m", "-jar", snapshot("local-infra/target/local-infra-exec.jar"), "kafka",
                "--port", String.valueOf(kafkaPort), "--dir", work.resolve("kafka-" + runId).toString()), Map.of());
        awaitUntil("kafka", kafka, Duration.ofMinutes(1), () -> Files.readString(log("kafka")).contains("kafka ready on"));
        for (String service : SERVICES) {
            int port = freePort();
            ports.put(service, port);
            String database = "medmassage_" + service + "_bench_" + runId;
            databases.add(database);
            List<String> command = new ArrayList<>(List.of(java()));
            command.addAll(JVM_FLAGS);
            command.addAll(List.of("-jar", snapshot(service + "-service/target/" + service + "-service.jar")));
            start(service, command, Map.of("SERVER_PORT", String.valueOf(port), "DB_NAME", database,
                    "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers()));
        }
        HttpClient http = HttpClient.newHttpClient();
        for (String service : SERVICES) {
            awaitUntil(service, processes.get(service), Duration.ofMinutes(4), () -> {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(service) + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200 && r.body().contains("\"UP\"");
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    /** A private copy of a jar: another build rewriting target/*.jar must not pull classes from under a running JVM. */
    private String snapshot(String jar) throws IOException {
        Path copy = work.resolve("jars-" + runId).resolve(Path.of(jar).getFileName());
        Files.createDirectories(copy.getParent());
        Files.copy(root.resolve(jar), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return copy.toString();
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    List<String> databases() {
        return databases;
    }

    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        processes.forEach((name, p) -> pids.put(name, p.pid()));
        return pids;
    }

    private Process start(String name, List<String> command, Map<String, String> env) throws IOException {
        Files.createDirectories(work.resolve("logs"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        processes.put(name, process);
        return process;
    }

    private Path log(String name) {
        return work.resolve("logs").resolve(name + ".log");
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private void awaitUntil(String name, Process process, Duration patience, Check ready) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (!ready.holds()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + (process.isAlive() ? " was not ready in time" : " exited")
                        + "; see " + log(name));
            }
            Thread.sleep(250);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws Exception {
        List<String> names = new ArrayList<>(processes.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            Process p = processes.get(names.get(i));
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        try (Connection postgres = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            for (String database : databases) {
                postgres.createStatement().execute("drop database if exists \"" + database + "\" with (force)");
            }
        }
        for (String dir : List.of("kafka-", "jars-")) {
            if (Files.exists(work.resolve(dir + runId))) {
                try (var files = Files.walk(work.resolve(dir + runId))) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
