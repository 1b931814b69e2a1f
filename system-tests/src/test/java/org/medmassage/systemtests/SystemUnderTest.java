package org.medmassage.systemtests;

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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole system as separate processes: a real KRaft broker and the development issuer (local-infra) and the five
 * service jars, each on a
 * free port and a fresh database of the machine's PostgreSQL, so a run never collides with `bin/medmassage up` or
 * with another run. Logs: system-tests/target/e2e/logs.
 */
final class SystemUnderTest implements AutoCloseable {

    static final List<String> SERVICES = List.of("referral-service", "authorization-service", "claims-service",
            "benefits-service", "notification-service");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path root = Path.of("").toAbsolutePath().getParent();
    private final Path work = Path.of("target", "e2e").toAbsolutePath();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final List<ManagedProcess> processes = new ArrayList<>();
    /** Each service's instances' ports: one instance unless {@link #instances} said more. */
    private final Map<String, List<Integer>> ports = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> nextInstance = new LinkedHashMap<>();
    private int instances = 1;
    private final List<String> databases = new ArrayList<>();
    private final Map<String, Map<String, String>> settings = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int kafkaPort;
    private int issuerPort;
    private Duration startUpTime;

    /**
     * A setting of {@code service}'s process for this run, as an environment variable of its application.yml (e.g. a
     * shorter sweep interval), the way bin/medmassage and docker-compose.yml configure the services; before start().
     */
    SystemUnderTest with(String service, String variable, String value) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("no service " + service + " in " + SERVICES);
        }
        settings.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(variable, value);
        return this;
    }

    /**
     * Runs {@code count} instances of every service, each on its own port and sharing its service's database and
     * consumer group, as a scaled-out deployment does (issue 17); before start(). {@link #baseUrl} then takes them in
     * turn, as a load balancer would.
     */
    SystemUnderTest instances(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one instance, not " + count);
        }
        instances = count;
        return this;
    }

    SystemUnderTest start() throws Exception {
        Instant began = Instant.now();
        startKafka();
        startIssuer();
        // every port first: a service is told another's (the portal's origin, the claims service's address)
        for (String service : SERVICES) {
            List<Integer> servicePorts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                servicePorts.add(freePort());
            }
            ports.put(service, servicePorts);
            nextInstance.put(service, new AtomicInteger());
        }
        for (String service : SERVICES) {
            for (int i = 0; i < instances; i++) {
                startService(service, i);
            }
        }
        for (String service : SERVICES) {
            for (int i = 0; i < instances; i++) {
                awaitHealthy(service, i);
            }
        }
        startUpTime = Duration.between(began, Instant.now());
        System.out.printf("system up in %d s (broker + %d services x %d)%n", startUpTime.toSeconds(), SERVICES.size(),
                instances);
        return this;
    }

    /** The service's address; with several instances, each call gives the next one in turn. */
    String baseUrl(String service) {
        return baseUrl(service, Math.floorMod(nextInstance.get(service).getAndIncrement(), instances));
    }

    /** The address of one instance of the service, the first being 0. */
    String baseUrl(String service, int instance) {
        return "http://127.0.0.1:" + ports.get(service).get(instance);
    }

    int instanceCount() {
        return instances;
    }

    /** The OpenID Connect issuer the services trust (local-infra's development issuer). */
    String issuerUri() {
        return "http://127.0.0.1:" + issuerPort + "/medmassage";
    }

    int issuerPort() {
        return issuerPort;
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    Duration startUpTime() {
        return startUpTime;
    }

    List<ManagedProcess> processes() {
        return processes;
    }

    private void startKafka() throws Exception {
        kafkaPort = freePort();
        Path jar = root.resolve("local-infra/target/local-infra-exec.jar");
        Path dir = work.resolve("kafka-" + runId);
        ManagedProcess kafka = ManagedProcess.start("kafka", List.of(java(), "-Xmx512m", "-jar", jar.toString(),
                "kafka", "--port", String.valueOf(kafkaPort), "--dir", dir.toString()), Map.of(), work.resolve("logs"));
        processes.add(kafka);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        // the broker prints its ready line only once a client call has succeeded, not when the port opens
        while (!kafka.logContains("kafka ready on")) {
            failIfDeadOrLate(kafka, deadline);
            Thread.sleep(200);
        }
    }

    private void startIssuer() throws Exception {
        issuerPort = freePort();
        Path jar = root.resolve("local-infra/target/local-infra-exec.jar");
        ManagedProcess issuer = ManagedProcess.start("issuer", List.of(java(), "-Xmx96m", "-jar", jar.toString(),
                "issuer", "--port", String.valueOf(issuerPort)), Map.of(), work.resolve("logs"));
        processes.add(issuer);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!issuer.logContains("issuer ready at")) {
            failIfDeadOrLate(issuer, deadline);
            Thread.sleep(200);
        }
    }

    private void startService(String service, int instance) throws IOException {
        int port = ports.get(service).get(instance);
        String database = "medmassage_" + service.replace("-service", "") + "_e2e_" + runId;
        if (instance == 0) {
            databases.add(database);
        }
        List<String> command = new ArrayList<>();
        command.add(java());
        // the flags bin/medmassage and the Docker image run the services with
        command.add("@" + root.resolve("deploy/service-jvm.options"));
        command.addAll(List.of("-jar", root.resolve(service + "/target/" + service + ".jar").toString()));
        Map<String, String> environment = new LinkedHashMap<>();
        if (instances > 1) {
            // ten pools of ten would take every connection of the machine's PostgreSQL (max_connections 100)
            environment.put("SPRING_R2DBC_POOL_INITIAL_SIZE", "1");
            environment.put("SPRING_R2DBC_POOL_MAX_SIZE", "4");
        }
        environment.putAll(settings.getOrDefault(service, Map.of()));
        environment.putAll(Map.of(
                "SERVER_PORT", String.valueOf(port),
                "DB_NAME", database,
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers(),
                "OAUTH2_ISSUER_URI", issuerUri(),
                "OAUTH2_JWK_SET_URI", issuerUri() + "/jwks",
                // as bin/medmassage: the portal page (notification-service) reads EOBs from the claims service
                "MEDMASSAGE_SECURITY_ALLOWED_ORIGINS", baseUrl("notification-service", 0),
                "MEDMASSAGE_PORTAL_CLAIMS_URL", baseUrl("claims-service", 0)));
        processes.add(ManagedProcess.start(processName(service, instance), command, environment, work.resolve("logs")));
    }

    /** The first instance goes by the service's name (as tests that stop one look it up), the others by a number. */
    static String processName(String service, int instance) {
        return instance == 0 ? service : service + "-" + (instance + 1);
    }

    private void awaitHealthy(String service, int instance) throws Exception {
        String name = processName(service, instance);
        ManagedProcess process = processes.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!healthy(baseUrl(service, instance))) {
            failIfDeadOrLate(process, deadline);
            Thread.sleep(250);
        }
    }

    private boolean healthy(String baseUrl) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void failIfDeadOrLate(ManagedProcess process, Instant deadline) {
        if (!process.isAlive() || Instant.now().isAfter(deadline)) {
            throw new IllegalStateException(process.name() + (process.isAlive() ? " did not become ready" : " exited")
                    + "; last log lines:\n" + process.logTail(40));
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
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop();
        }
        try (Connection postgres = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            for (String database : databases) {
                postgres.createStatement().execute("drop database if exists \"" + database + "\" with (force)");
            }
        } catch (Exception e) {
            System.err.println("could not drop e2e databases " + databases + ": " + e.getMessage());
        }
        try (var files = Files.walk(work.resolve("kafka-" + runId))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the broker's data dir is under target/: mvn clean removes it anyway
        }
    }
}
