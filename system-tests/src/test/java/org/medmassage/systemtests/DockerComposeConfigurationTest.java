package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml read as data, no Docker needed: every service is there on its port, gets the whole environment
 * contract of PLAN.md and nothing its configuration does not read, and the databases the postgres init script
 * creates are exactly the services' DB_NAME values.
 */
class DockerComposeConfigurationTest {

    private static final List<String> BROKERS = List.of("kafka-1", "kafka-2", "kafka-3");

    /** The environment contract of every service (coord/PLAN.md). */
    private static final Set<String> CONTRACT = Set.of("SERVER_PORT", "DB_HOST", "DB_PORT", "DB_USER", "DB_PASSWORD",
            "DB_NAME", "KAFKA_BOOTSTRAP_SERVERS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?([a-z0-9_]+)\"?");

    private static Path root;
    private static Map<String, Object> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = repositoryRoot();
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        services = map(compose.get("services"));
    }

    @ParameterizedTest(name = "{0} publishes {1}")
    @CsvSource({"referral-service,8081", "authorization-service,8082", "claims-service,8083",
            "benefits-service,8084", "notification-service,8085"})
    void publishes_each_service_on_its_own_port_and_tells_it_that_port(String service, int port) {
        Map<String, Object> definition = service(service);

        assertThat(publishedPorts(definition)).contains(port + ":" + port);
        assertThat(environment(definition)).containsEntry("SERVER_PORT", String.valueOf(port));
        assertThat(String.valueOf(map(definition.get("healthcheck")).get("test")))
                .contains("localhost:" + port + "/actuator/health");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"referral-service", "authorization-service", "claims-service", "benefits-service",
            "notification-service"})
    void gives_each_service_the_whole_contract_and_only_variables_it_reads(String service) throws IOException {
        Map<String, String> environment = environment(service(service));

        assertThat(environment.keySet()).containsAll(CONTRACT);
        assertThat(environment.keySet()).isSubsetOf(variablesReadBy(service).keySet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"referral-service", "authorization-service", "claims-service", "benefits-service",
            "notification-service"})
    void points_each_service_at_its_own_database_and_at_the_compose_kafka_and_postgres(String service)
            throws IOException {
        Map<String, String> environment = environment(service(service));

        assertThat(environment.get("DB_NAME"))
                .as("DB_NAME is the default the service's application.yml falls back to")
                .isEqualTo(variablesReadBy(service).get("DB_NAME"))
                .isEqualTo("medmassage_" + service.replace("-service", ""));
        assertThat(environment.get("DB_HOST")).isEqualTo("postgres");
        assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS").split(","))
                .containsExactlyElementsOf(BROKERS.stream().map(broker -> broker + ":19092").toList());
        assertThat(services).containsKey("postgres").containsKeys(BROKERS.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"referral-service", "authorization-service", "claims-service", "benefits-service",
            "notification-service"})
    void starts_each_service_only_once_kafka_and_postgres_are_healthy(String service) {
        Map<String, Object> dependsOn = map(service(service).get("depends_on"));

        for (String dependency : List.of("kafka-1", "kafka-2", "kafka-3", "postgres")) {
            assertThat(map(dependsOn.get(dependency))).as(dependency).containsEntry("condition", "service_healthy");
            assertThat(service(dependency)).containsKey("healthcheck");
        }
    }

    @Test
    void runs_three_kraft_brokers_that_replicate_every_topic_three_times_and_acknowledge_on_two() {
        Set<String> nodeIds = new TreeSet<>();
        Set<Object> hostPorts = new java.util.HashSet<>();
        for (String name : BROKERS) {
            Map<String, Object> broker = service(name);
            Map<String, String> environment = environment(broker);
            assertThat(String.valueOf(broker.get("image"))).as(name).startsWith("apache/kafka:");
            assertThat(environment).as(name).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                    .containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka-1:29093,2@kafka-2:29093,3@kafka-3:29093")
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2")
                    .containsEntry("KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE", "false");
            String nodeId = environment.get("KAFKA_NODE_ID");
            assertThat(environment.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).contains(nodeId + "@" + name + ":");
            assertThat(environment.get("KAFKA_ADVERTISED_LISTENERS")).startsWith("PLAINTEXT://" + name + ":19092,");
            nodeIds.add(nodeId);
            hostPorts.addAll((List<?>) broker.get("ports"));
        }
        assertThat(nodeIds).containsExactly("1", "2", "3");
        assertThat(hostPorts).hasSize(3);
    }

    @Test
    void creates_exactly_the_databases_the_services_are_given() throws IOException {
        Set<String> dbNames = new TreeSet<>();
        for (String name : services.keySet()) {
            String dbName = environment(service(name)).get("DB_NAME");
            if (dbName != null) {
                dbNames.add(dbName);
            }
        }

        assertThat(dbNames).hasSize(5);
        assertThat(databasesCreatedByInitScripts()).isEqualTo(dbNames);
    }

    // --- reading the files

    /** Variables the service's configuration reads, with their defaults: its application.yml and service-support. */
    private static Map<String, String> variablesReadBy(String service) throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        Path applicationYml = root.resolve(service).resolve("src/main/resources/application.yml");
        assertThat(applicationYml).exists();
        collectPlaceholders(Files.readString(applicationYml), variables);
        // service-support adds shared defaults (DB_USER, DB_PASSWORD, KAFKA_BOOTSTRAP_SERVERS) to every service
        try (Stream<Path> files = Files.walk(root.resolve("service-support/src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                collectPlaceholders(Files.readString(file), variables);
            }
        }
        return variables;
    }

    private static void collectPlaceholders(String text, Map<String, String> variables) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            variables.putIfAbsent(matcher.group(1), matcher.group(2));
        }
    }

    private static Set<String> databasesCreatedByInitScripts() throws IOException {
        List<Path> initDirectories = new ArrayList<>();
        for (Object volume : list(service("postgres").get("volumes"))) {
            String[] parts = String.valueOf(volume).split(":");
            if (parts.length >= 2 && parts[1].equals("/docker-entrypoint-initdb.d")) {
                initDirectories.add(root.resolve(parts[0]).normalize());
            }
        }
        assertThat(initDirectories).as("postgres mounts an init script directory").hasSize(1);
        Set<String> created = new TreeSet<>();
        try (Stream<Path> scripts = Files.list(initDirectories.get(0))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher matcher = CREATE_DATABASE.matcher(Files.readString(script));
                while (matcher.find()) {
                    created.add(matcher.group(1));
                }
            }
        }
        return created;
    }

    private static List<String> publishedPorts(Map<String, Object> definition) {
        List<String> ports = new ArrayList<>();
        for (Object port : list(definition.get("ports"))) {
            if (port instanceof Map<?, ?> longSyntax) {
                ports.add(longSyntax.get("published") + ":" + longSyntax.get("target"));
            } else {
                String shortSyntax = String.valueOf(port);
                String[] parts = shortSyntax.split(":");
                // "127.0.0.1:8081:8081" publishes the same host port as "8081:8081"
                ports.add(parts.length == 3 ? parts[1] + ":" + parts[2] : shortSyntax);
            }
        }
        return ports;
    }

    /** Both compose forms: a map, or a list of NAME=value. Values as strings (YAML may read "5432" as a number). */
    private static Map<String, String> environment(Map<String, Object> definition) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object raw = definition.get("environment");
        if (raw instanceof Map<?, ?> entries) {
            entries.forEach((name, value) -> environment.put(String.valueOf(name), value == null ? "" : String.valueOf(value)));
        } else {
            for (Object entry : list(raw)) {
                String[] nameAndValue = String.valueOf(entry).split("=", 2);
                environment.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
            }
        }
        return environment;
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).as("docker-compose.yml services").containsKey(name);
        return map(services.get(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a directory above the working directory holding docker-compose.yml").isNotNull();
        return dir;
    }
}
