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
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml read as data, no Docker needed: every service is there on its port, gets the whole environment
 * contract of PLAN.md and nothing its configuration does not read, and the databases the postgres init script
 * creates are exactly the services' DB_NAME values (and Keycloak's). And the hardening of issue 12 (items 3 and 5):
 * only the services and Keycloak are published, the infrastructure sits on an internal network, each service is its
 * own least-privileged database user, every password comes from .env, and Keycloak imports a realm that gives the
 * services the claims they read (roles, member_id, npi, the medmassage audience). And scale-out (issue 17, item 6):
 * deploy/compose/scale-out.yml lets every service run as several replicas, and the topics' partition count is one
 * default for the services and the brokers.
 */
class DockerComposeConfigurationTest {

    private static final List<String> BROKERS = List.of("kafka-1", "kafka-2", "kafka-3");
    private static final List<String> SERVICES = List.of("referral-service", "authorization-service", "claims-service",
            "benefits-service", "notification-service");
    /** What only the services may reach: never published, on the internal network only. */
    private static final List<String> INFRASTRUCTURE = List.of("postgres", "kafka-1", "kafka-2", "kafka-3",
            "prometheus", "grafana");
    private static final String INTERNAL_NETWORK = "backend";
    private static final String SCALE_OUT_FILE = "deploy/compose/scale-out.yml";
    private static final String REALM_FILE = "deploy/keycloak/medmassage-realm.json";
    private static final String REALM = "medmassage";
    private static final String CLIENT = "medmassage-cli";
    private static final String PORTAL_CLIENT = "medmassage-portal";
    private static final List<String> PORTAL_ORIGINS = List.of("http://localhost:8085", "http://127.0.0.1:8085");
    private static final List<String> ROLES = List.of("member", "provider", "prescriber", "reviewer", "admin", "ops");
    /** The issue 12 variables of every service: the resource-server configuration reads them. */
    private static final List<String> OAUTH2_VARIABLES = List.of("OAUTH2_ISSUER_URI", "OAUTH2_JWK_SET_URI");

    /** The environment contract of every service (coord/PLAN.md). */
    private static final Set<String> CONTRACT = Set.of("SERVER_PORT", "DB_HOST", "DB_PORT", "DB_USER", "DB_PASSWORD",
            "DB_NAME", "KAFKA_BOOTSTRAP_SERVERS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?([a-z0-9_]+)\"?");
    /** A whole value that is one variable, with no default: ${NAME}, ${NAME:?message} or ${NAME?message}. */
    private static final Pattern VARIABLE_WITHOUT_DEFAULT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::?\\?[^}]*)?}");
    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY");
    /** A published port in the short syntax: host port or host port range, then the container port. */
    private static final Pattern HOST_PORTS = Pattern.compile("(?:[0-9.]+:)?(\\d+)(?:-(\\d+))?:(\\d+)");
    /** The services' partition count: their variable, with the default compose gives when the shell sets none. */
    private static final Pattern PARTITIONS = Pattern.compile("\\$\\{KAFKA_PARTITIONS:-(\\d+)}");
    private static final Pattern EXACT_VERSION = Pattern.compile("[^:@]+:\\d+\\.\\d+\\.\\d+(@sha256:[0-9a-f]{64})?");
    private static final List<String> ROLE_PRIVILEGES = List.of("SUPERUSER", "CREATEDB", "CREATEROLE", "REPLICATION",
            "BYPASSRLS");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path root;
    private static String composeText;
    private static Map<String, Object> compose;
    private static Map<String, Object> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = RepositoryRoot.find();
        composeText = Files.readString(root.resolve("docker-compose.yml"));
        compose = yaml().load(composeText);
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
        Set<String> read = new TreeSet<>(variablesReadBy(service).keySet());
        // The resource-server configuration that reads the OAUTH2_ variables (issue 12, item 1) is built on another
        // branch; until a service reads either of them, compose may give them ahead of it. Once one is read, both are.
        if (OAUTH2_VARIABLES.stream().noneMatch(read::contains)) {
            read.addAll(OAUTH2_VARIABLES);
        }

        assertThat(environment.keySet()).containsAll(CONTRACT).containsAll(OAUTH2_VARIABLES);
        assertThat(environment.keySet()).isSubsetOf(read);
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
            assertThat(environment.get("KAFKA_ADVERTISED_LISTENERS")).as(name)
                    .isEqualTo("PLAINTEXT://" + name + ":19092");
            assertThat(String.valueOf(map(broker.get("healthcheck")).get("test"))).contains("localhost:19092");
            nodeIds.add(nodeId);
        }
        assertThat(nodeIds).containsExactly("1", "2", "3");
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
        dbNames.add(environment(service("keycloak")).get("KC_DB_URL_DATABASE"));
        assertThat(databasesCreatedByInitScripts()).isEqualTo(dbNames);
    }

    // --- issue 12, item 5: what is published, and to whom

    @ParameterizedTest(name = "{0}")
    @CsvSource({"postgres", "kafka-1", "kafka-2", "kafka-3", "prometheus", "grafana"})
    void keeps_the_infrastructure_unpublished_and_on_the_internal_network_only(String name) {
        Map<String, Object> definition = service(name);

        assertThat(definition).as(name + " publishes no port").doesNotContainKey("ports");
        assertThat(definition).as(name).doesNotContainKey("network_mode");
        assertThat(networksOf(definition)).as(name + " networks").containsExactly(INTERNAL_NETWORK);
        assertThat(map(map(compose.get("networks")).get(INTERNAL_NETWORK)))
                .as("the network %s has no route out and publishes nothing", INTERNAL_NETWORK)
                .containsEntry("internal", true);
    }

    @Test
    void publishes_ports_only_for_the_five_services_and_keycloak() {
        Set<String> publishing = new TreeSet<>();
        services.forEach((name, definition) -> {
            if (map(definition).containsKey("ports")) {
                publishing.add(name);
            }
        });

        Set<String> expected = new TreeSet<>(SERVICES);
        expected.add("keycloak");
        assertThat(publishing).isEqualTo(expected);
        assertThat(publishedPorts(service("keycloak"))).containsExactly(keycloakPublicPort() + ":8080");
    }

    @Test
    void publishes_prometheus_and_grafana_for_a_local_look_only_on_127_0_0_1_and_only_when_asked() throws IOException {
        Path override = root.resolve("deploy/compose/monitoring-on-localhost.yml");
        Map<String, Object> overrideServices = map(((Map<?, ?>) yaml().load(Files.readString(override)))
                .get("services"));

        assertThat(overrideServices.keySet()).isSubsetOf(INFRASTRUCTURE).isNotEmpty();
        overrideServices.forEach((name, definition) -> {
            for (Object port : list(map(definition).get("ports"))) {
                assertThat(String.valueOf(port)).as(name).startsWith("127.0.0.1:");
            }
        });
        assertThat(override.getFileName().toString()).as("not a file compose would read by itself")
                .isNotEqualTo("docker-compose.override.yml");
    }

    // --- issue 12, item 5: the databases

    @Test
    void connects_each_service_to_postgres_as_its_own_user_never_the_superuser() {
        Map<String, String> users = new LinkedHashMap<>();
        Set<String> passwordVariables = new TreeSet<>();
        for (String service : SERVICES) {
            Map<String, String> environment = environment(service(service));
            users.put(service, environment.get("DB_USER"));
            Matcher password = VARIABLE_WITHOUT_DEFAULT.matcher(environment.get("DB_PASSWORD"));
            assertThat(password.matches()).as(service + " DB_PASSWORD is a variable").isTrue();
            passwordVariables.add(password.group(1));
        }

        assertThat(users.values()).doesNotContainNull().doesNotHaveDuplicates()
                .noneMatch(user -> user.equalsIgnoreCase("postgres"))
                .noneMatch(user -> user.equalsIgnoreCase(String.valueOf(environment(service("postgres"))
                        .get("POSTGRES_USER"))));
        assertThat(passwordVariables).as("one password per service").hasSize(SERVICES.size());
    }

    @Test
    void creates_each_database_user_without_privileges_owning_only_its_own_database() throws IOException {
        Map<String, String> databaseOfUser = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Map<String, String> environment = environment(service(service));
            databaseOfUser.put(environment.get("DB_USER"), environment.get("DB_NAME"));
        }
        Map<String, String> keycloak = environment(service("keycloak"));
        databaseOfUser.put(keycloak.get("KC_DB_USERNAME"), keycloak.get("KC_DB_URL_DATABASE"));
        List<String> statements = initScriptStatements();

        databaseOfUser.forEach((user, database) -> {
            List<String> naming = statements.stream().filter(statement -> names(statement, user)).toList();
            assertThat(naming).as("the statements naming %s", user).isNotEmpty().allSatisfy(statement ->
                    assertThat(createsOwnsOrIsGrantedOnlyItsDatabase(statement, user, database))
                            .as("%s is created, owns %s or is granted on it, nothing else: %s", user, database,
                                    statement)
                            .isTrue());
            String createRole = naming.stream()
                    .filter(statement -> statement.matches("(?is)CREATE\\s+(ROLE|USER)\\s.*")).collect(onlyOne(user));
            assertThat(Set.of(createRole.toUpperCase().split("\\s+"))).as(createRole)
                    .contains("LOGIN", "NOSUPERUSER").doesNotContainAnyElementsOf(ROLE_PRIVILEGES);
            assertThat(createRole).as("its password is a psql variable, not a literal")
                    .containsPattern("PASSWORD\\s+:'");
            assertThat(statements).as(database + " owned by " + user)
                    .anyMatch(statement -> statement.matches(
                            "(?is)CREATE\\s+DATABASE\\s+" + database + "\\s+OWNER\\s+" + user));
            assertThat(statements).as("no one else may connect to " + database)
                    .anyMatch(statement -> statement.matches("(?is)REVOKE\\s+ALL(\\s+PRIVILEGES)?\\s+ON\\s+DATABASE\\s+"
                            + database + "\\s+FROM\\s+PUBLIC"));
        });
        assertThat(statements).as("no one is made a member of another role")
                .noneMatch(statement -> statement.matches("(?is)GRANT\\s+(?!.*\\sON\\s).*\\sTO\\s.*"));
        assertThat(statements).as("no role is altered afterwards")
                .noneMatch(statement -> statement.matches("(?is)ALTER\\s+(ROLE|USER)\\s.*"));
    }

    @Test
    void asks_a_password_of_every_connection_to_postgres_over_the_network() {
        Map<String, String> environment = environment(service("postgres"));

        assertThat(environment.get("POSTGRES_HOST_AUTH_METHOD")).isEqualTo("scram-sha-256");
        assertThat(environment.get("POSTGRES_PASSWORD")).matches(VARIABLE_WITHOUT_DEFAULT);
    }

    // --- issue 12, item 5: Grafana and the secrets

    @Test
    void keeps_grafana_without_anonymous_admin_and_takes_its_admin_password_from_the_environment() {
        Map<String, String> environment = environment(service("grafana"));

        boolean anonymous = Boolean.parseBoolean(environment.getOrDefault("GF_AUTH_ANONYMOUS_ENABLED", "false"));
        if (anonymous) {
            assertThat(environment.get("GF_AUTH_ANONYMOUS_ORG_ROLE")).as("anonymous users are Viewers at most")
                    .isEqualTo("Viewer");
        }
        assertThat(environment.get("GF_SECURITY_ADMIN_PASSWORD")).as("not Grafana's default admin/admin")
                .matches(VARIABLE_WITHOUT_DEFAULT);
        assertThat(environment.getOrDefault("GF_USERS_ALLOW_SIGN_UP", "false")).isEqualTo("false");
    }

    @Test
    void takes_every_secret_from_a_variable_without_a_default() {
        services.forEach((name, definition) -> environment(map(definition)).forEach((variable, value) -> {
            if (SECRET_NAME.matcher(variable).find()) {
                assertThat(value).as("%s of %s", variable, name).matches(VARIABLE_WITHOUT_DEFAULT);
            }
        }));
    }

    @Test
    void defines_every_variable_compose_needs_in_the_committed_env_file_so_a_fresh_clone_starts() throws IOException {
        Map<String, String> dotEnv = dotEnv();
        Matcher placeholder = PLACEHOLDER.matcher(composeText);
        Set<String> needed = new TreeSet<>();
        while (placeholder.find()) {
            if (placeholder.group(2) == null || placeholder.group(2).startsWith("?")) {
                needed.add(placeholder.group(1));
            }
        }

        assertThat(needed).isNotEmpty();
        assertThat(dotEnv.keySet()).containsAll(needed);
        needed.forEach(variable -> assertThat(dotEnv.get(variable)).as(variable).isNotBlank());
        assertThat(Files.readString(root.resolve(".env"))).as(".env says what its values are good for")
                .containsIgnoringCase("local-only");
    }

    // --- issue 12, item 3: Keycloak

    @Test
    void runs_keycloak_pinned_to_an_exact_version_importing_the_realm_file() {
        Map<String, Object> keycloak = service("keycloak");

        assertThat(String.valueOf(keycloak.get("image"))).startsWith("quay.io/keycloak/keycloak:")
                .matches(EXACT_VERSION).doesNotContain("latest", "nightly");
        assertThat(String.valueOf(keycloak.get("command"))).contains("--import-realm");
        assertThat(list(keycloak.get("volumes"))).map(String::valueOf)
                .anyMatch(volume -> volume.startsWith("./" + REALM_FILE.substring(0, REALM_FILE.lastIndexOf('/')) + ":")
                        && volume.split(":")[1].equals("/opt/keycloak/data/import"));
        assertThat(root.resolve(REALM_FILE)).exists();
        assertThat(map(keycloak.get("depends_on"))).containsKey("postgres");
        assertThat(keycloak).containsKey("healthcheck");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"referral-service", "authorization-service", "claims-service", "benefits-service",
            "notification-service"})
    void tells_each_service_the_issuer_its_tokens_carry_and_where_inside_the_network_to_fetch_the_keys(String service) {
        Map<String, String> environment = environment(service(service));
        Map<String, String> keycloak = environment(service("keycloak"));

        assertThat(environment.get("OAUTH2_ISSUER_URI")).as("the issuer of a token obtained from the host")
                .isEqualTo(keycloak.get("KC_HOSTNAME") + "/realms/" + REALM)
                .isEqualTo("http://localhost:" + keycloakPublicPort() + "/realms/" + REALM);
        assertThat(environment.get("OAUTH2_JWK_SET_URI"))
                .isEqualTo("http://keycloak:8080/realms/" + REALM + "/protocol/openid-connect/certs");
        assertThat(keycloak).as("Keycloak answers at keycloak:8080 without changing the issuer")
                .containsEntry("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true");
        assertThat(networksOf(service(service))).containsAnyElementsOf(networksOf(service("keycloak")));
    }

    @Test
    void defines_the_six_roles_in_the_realm() throws IOException {
        Map<String, Object> realm = realm();

        assertThat(realm).containsEntry("realm", REALM).containsEntry("enabled", true);
        assertThat(list(map(realm.get("roles")).get("realm"))).map(role -> map(role).get("name"))
                .containsExactlyInAnyOrderElementsOf(ROLES);
    }

    @Test
    void puts_roles_member_id_npi_and_the_medmassage_audience_into_the_command_line_clients_access_tokens()
            throws IOException {
        Map<String, Object> realm = realm();
        Map<String, Object> client = client(realm, CLIENT);

        assertThat(client).containsEntry("directAccessGrantsEnabled", true)
                .as("only the six roles in the token, not Keycloak's default roles")
                .containsEntry("fullScopeAllowed", false);
        assertThat(list(realm.get("scopeMappings"))).map(Map.class::cast)
                .filteredOn(mapping -> CLIENT.equals(mapping.get("client")))
                .singleElement().satisfies(mapping -> assertThat(strings(mapping.get("roles")))
                        .containsExactlyInAnyOrderElementsOf(ROLES));
        assertThat(strings(client.get("defaultClientScopes"))).as("the scope that puts sub in the token")
                .contains("basic");
        assertClaimMappers(client, List.of("member_id", "npi"));
    }

    @Test
    void lets_the_portal_page_sign_a_member_in_by_code_with_PKCE_S256_from_the_portals_origins_only()
            throws IOException {
        Map<String, Object> realm = realm();
        Map<String, Object> portal = client(realm, PORTAL_CLIENT);

        assertThat(portal).containsEntry("publicClient", true).containsEntry("standardFlowEnabled", true)
                .containsEntry("implicitFlowEnabled", false).containsEntry("directAccessGrantsEnabled", false)
                .containsEntry("serviceAccountsEnabled", false).containsEntry("fullScopeAllowed", false);
        assertThat(map(portal.get("attributes"))).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(strings(portal.get("redirectUris")))
                .containsExactlyInAnyOrderElementsOf(PORTAL_ORIGINS.stream().map(origin -> origin + "/portal/*").toList());
        assertThat(strings(portal.get("webOrigins"))).containsExactlyInAnyOrderElementsOf(PORTAL_ORIGINS);
        assertThat(list(realm.get("scopeMappings"))).map(Map.class::cast)
                .filteredOn(mapping -> PORTAL_CLIENT.equals(mapping.get("client")))
                .singleElement().as("the portal is the member's").satisfies(mapping ->
                        assertThat(strings(mapping.get("roles"))).containsExactly("member"));
        assertThat(strings(portal.get("defaultClientScopes"))).contains("basic");
        assertClaimMappers(portal, List.of("member_id"));
    }

    /** The roles, the attributes' claims and the medmassage audience in the client's access tokens. */
    private static void assertClaimMappers(Map<String, Object> client, List<String> attributes) {
        List<Map<String, Object>> mappers = list(client.get("protocolMappers")).stream().map(
                DockerComposeConfigurationTest::map).toList();

        Map<String, Object> roles = accessTokenMapper(mappers, "oidc-usermodel-realm-role-mapper", "roles");
        assertThat(map(roles.get("config"))).containsEntry("multivalued", "true");
        for (String attribute : attributes) {
            Map<String, Object> mapper = accessTokenMapper(mappers, "oidc-usermodel-attribute-mapper", attribute);
            assertThat(map(mapper.get("config"))).containsEntry("user.attribute", attribute);
        }
        assertThat(mappers).filteredOn(mapper -> "oidc-audience-mapper".equals(mapper.get("protocolMapper")))
                .singleElement().satisfies(mapper -> assertThat(map(mapper.get("config")))
                        .containsEntry("included.custom.audience", "medmassage")
                        .containsEntry("access.token.claim", "true"));
    }

    @Test
    void has_a_demo_user_for_every_role_with_the_walk_throughs_member_ids_and_npis() throws IOException {
        List<Map<String, Object>> users = list(realm().get("users")).stream().map(
                DockerComposeConfigurationTest::map).toList();

        for (String role : ROLES) {
            assertThat(users).as("a demo user with the role " + role)
                    .anyMatch(user -> list(user.get("realmRoles")).contains(role));
        }
        assertThat(users).filteredOn(user -> list(user.get("realmRoles")).contains("member"))
                .map(user -> attribute(user, "member_id")).contains("M-1001", "M-1002").doesNotContainNull();
        // bin/medmassage demo's in-network provider and the README walk-through's prescriber (Dr. Ada Quinn)
        assertThat(users).filteredOn(user -> list(user.get("realmRoles")).contains("provider"))
                .map(user -> attribute(user, "npi")).contains("1245319599");
        assertThat(users).filteredOn(user -> list(user.get("realmRoles")).contains("prescriber"))
                .map(user -> attribute(user, "npi")).contains("1234567893");
        Set<String> placeholders = new TreeSet<>();
        for (Map<String, Object> user : users) {
            // Keycloak refuses a password grant to a user whose profile is incomplete or who has actions pending
            assertThat(user).as(String.valueOf(user.get("username"))).containsEntry("enabled", true)
                    .containsKeys("email", "firstName", "lastName");
            assertThat(list(user.get("requiredActions"))).isEmpty();
            Map<String, Object> password = map(list(user.get("credentials")).get(0));
            assertThat(password).containsEntry("type", "password").containsEntry("temporary", false);
            Matcher variable = VARIABLE_WITHOUT_DEFAULT.matcher(String.valueOf(password.get("value")));
            assertThat(variable.matches()).as("the demo password comes from the environment").isTrue();
            placeholders.add(variable.group(1));
        }
        assertThat(environment(service("keycloak")).keySet()).as("Keycloak is given what the realm file reads")
                .containsAll(placeholders);
    }

    @Test
    void lets_only_an_administrator_set_a_users_member_id_and_npi() throws IOException {
        Map<String, Object> provider = map(list(map(realm().get("components"))
                .get("org.keycloak.userprofile.UserProfileProvider")).get(0));
        String config = String.valueOf(list(map(provider.get("config")).get("kc.user.profile.config")).get(0));
        Map<String, Object> profile = JSON.readValue(config, Map.class);

        assertThat(profile.get("unmanagedAttributePolicy")).as("users may not add or edit attributes of their own")
                .isIn(null, "ADMIN_VIEW", "ADMIN_EDIT");
        for (String name : List.of("member_id", "npi")) {
            Map<String, Object> attribute = list(profile.get("attributes")).stream()
                    .map(DockerComposeConfigurationTest::map).filter(a -> name.equals(a.get("name")))
                    .collect(onlyOne(name));
            assertThat(strings(map(attribute.get("permissions")).get("edit"))).as(name).containsExactly("admin");
        }
    }

    // --- issue 17, item 6: several replicas of a service

    @Test
    void lets_every_service_scale_out_on_a_host_port_range_of_its_own_when_asked() throws IOException {
        Path override = root.resolve(SCALE_OUT_FILE);
        String overrideText = Files.readString(override);
        Map<String, Object> overrideServices = map(((Map<?, ?>) yaml().load(overrideText)).get("services"));
        Map<String, int[]> taken = new LinkedHashMap<>();
        services.forEach((name, definition) -> {
            for (String published : publishedPorts(map(definition))) {
                taken.put(name + " in docker-compose.yml (" + published + ")", hostPorts(published));
            }
        });
        assertThat(taken.values()).as("the base file publishes 8081..8085 and 8180").isNotEmpty();

        assertThat(overrideServices.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (String service : SERVICES) {
            List<?> ports = list(map(overrideServices.get(service)).get("ports"));
            assertThat(ports).as(service + ": one published port").hasSize(1);
            String published = String.valueOf(ports.get(0));
            Matcher port = HOST_PORTS.matcher(published);
            assertThat(port.matches()).as(service + ": %s is HOST-HOST:CONTAINER", published).isTrue();
            assertThat(port.group(2)).as(service + ": a range of host ports, one per replica").isNotNull();
            int[] range = hostPorts(published);
            assertThat(range[1] - range[0] + 1).as(service + ": room for two replicas at least")
                    .isGreaterThanOrEqualTo(2);
            assertThat(port.group(3)).as(service + ": mapped to the port the service listens on")
                    .isEqualTo(environment(service(service)).get("SERVER_PORT"));
            taken.forEach((other, otherRange) -> assertThat(range[0] > otherRange[1] || otherRange[0] > range[1])
                    .as("%s's %s overlaps %s", service, published, other).isTrue());
            taken.put(service + " in " + SCALE_OUT_FILE + " (" + published + ")", range);
        }
        assertThat(Pattern.compile("(?m)^\\s+ports:\\s*!override\\s*$").matcher(overrideText).results().count())
                .as("every ports list replaces the base file's fixed port (`ports: !override`) instead of joining it")
                .isEqualTo(Pattern.compile("(?m)^\\s+ports:").matcher(overrideText).results().count())
                .isEqualTo(SERVICES.size());
        assertThat(override.getFileName().toString()).as("not a file compose would read by itself")
                .isNotEqualTo("docker-compose.override.yml");
    }

    @Test
    void names_no_container_so_that_any_service_can_be_scaled() throws IOException {
        Map<String, Object> overrideServices = map(((Map<?, ?>) yaml().load(
                Files.readString(root.resolve(SCALE_OUT_FILE)))).get("services"));

        services.forEach((name, definition) -> assertThat(map(definition)).as(name + " in docker-compose.yml")
                .doesNotContainKey("container_name"));
        overrideServices.forEach((name, definition) -> assertThat(map(definition)).as(name + " in " + SCALE_OUT_FILE)
                .doesNotContainKey("container_name"));
    }

    @Test
    void gives_every_service_the_partition_count_and_the_brokers_the_same_default() throws IOException {
        Set<String> defaults = new TreeSet<>();
        for (String service : SERVICES) {
            String partitions = environment(service(service)).get("KAFKA_PARTITIONS");
            assertThat(partitions).as(service + " KAFKA_PARTITIONS").isNotNull();
            Matcher variable = PARTITIONS.matcher(partitions);
            assertThat(variable.matches()).as(service + " KAFKA_PARTITIONS is ${KAFKA_PARTITIONS:-N}: %s", partitions)
                    .isTrue();
            defaults.add(variable.group(1));
            assertThat(variablesReadBy(service).get("KAFKA_PARTITIONS"))
                    .as(service + ": the default the service itself falls back to (SupportDefaults)")
                    .isEqualTo(variable.group(1));
        }
        assertThat(defaults).as("one default for every service").hasSize(1);

        String partitions = defaults.iterator().next();
        for (String broker : BROKERS) {
            assertThat(environment(service(broker)).get("KAFKA_NUM_PARTITIONS"))
                    .as(broker + ": a topic the broker creates gets as many partitions as one a service creates")
                    .isEqualTo(partitions);
        }
    }

    // --- reading the files

    /**
     * A YAML reader that also takes compose's merge tag {@code !override} (Compose 2.24.4 and later): its value is
     * read as the plain sequence, mapping or string it is, which is what these tests look at.
     */
    private static Yaml yaml() {
        return new Yaml(new ComposeTagsConstructor());
    }

    private static final class ComposeTagsConstructor extends SafeConstructor {

        ComposeTagsConstructor() {
            super(new LoaderOptions());
            yamlConstructors.put(new Tag("!override"), new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    node.setTag(switch (node.getNodeId()) {
                        case sequence -> Tag.SEQ;
                        case mapping -> Tag.MAP;
                        default -> Tag.STR;
                    });
                    return getConstructor(node).construct(node);
                }
            });
        }
    }

    /** The host ports a published port takes, first and last ("8081:8081" takes 8081 to 8081). */
    private static int[] hostPorts(String published) {
        Matcher port = HOST_PORTS.matcher(published);
        assertThat(port.matches()).as("a published port: %s", published).isTrue();
        int first = Integer.parseInt(port.group(1));
        int last = port.group(2) == null ? first : Integer.parseInt(port.group(2));
        assertThat(last).as(published).isGreaterThanOrEqualTo(first);
        return new int[] {first, last};
    }

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

    private static Map<String, Object> realm() throws IOException {
        return JSON.readValue(Files.readString(root.resolve(REALM_FILE)), Map.class);
    }

    private static Map<String, Object> client(Map<String, Object> realm, String clientId) {
        return list(realm.get("clients")).stream().map(DockerComposeConfigurationTest::map)
                .filter(client -> clientId.equals(client.get("clientId"))).collect(onlyOne(clientId));
    }

    private static Map<String, Object> accessTokenMapper(List<Map<String, Object>> mappers, String type, String claim) {
        Map<String, Object> mapper = mappers.stream().filter(m -> type.equals(m.get("protocolMapper")))
                .filter(m -> claim.equals(map(m.get("config")).get("claim.name"))).collect(onlyOne(claim));
        assertThat(map(mapper.get("config"))).as(claim).containsEntry("access.token.claim", "true");
        return mapper;
    }

    private static String attribute(Map<String, Object> user, String name) {
        Object attributes = user.get("attributes");
        if (attributes == null || !map(attributes).containsKey(name)) {
            return null;
        }
        return String.valueOf(list(map(attributes).get(name)).get(0));
    }

    /** The host port Keycloak is published on: the one KC_HOSTNAME names. */
    private static String keycloakPublicPort() {
        String hostname = environment(service("keycloak")).get("KC_HOSTNAME");
        assertThat(hostname).matches("http://localhost:\\d+");
        return hostname.substring(hostname.lastIndexOf(':') + 1);
    }

    private static List<String> networksOf(Map<String, Object> definition) {
        Object networks = definition.get("networks");
        if (networks instanceof Map<?, ?> longSyntax) {
            return longSyntax.keySet().stream().map(String::valueOf).toList();
        }
        return list(networks).stream().map(String::valueOf).toList();
    }

    /** The SQL statements of the postgres init scripts, psql meta-commands and comments left out. */
    private static List<String> initScriptStatements() throws IOException {
        List<String> statements = new ArrayList<>();
        for (Path script : initScripts()) {
            StringBuilder sql = new StringBuilder();
            for (String line : Files.readAllLines(script)) {
                String code = line.replaceFirst("--.*$", "").strip();
                if (!code.startsWith("\\") && !code.isEmpty()) {
                    sql.append(code).append('\n');
                }
            }
            for (String statement : sql.toString().split(";")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip().replaceAll("\\s+", " "));
                }
            }
        }
        return statements;
    }

    private static boolean createsOwnsOrIsGrantedOnlyItsDatabase(String statement, String user, String database) {
        String onDatabase = "\\s+ON\\s+DATABASE\\s+" + database + "\\s+";
        return statement.matches("(?is)CREATE\\s+(ROLE|USER)\\s+" + user + "\\s.*")
                || statement.matches("(?is)CREATE\\s+DATABASE\\s+" + database + "\\s+OWNER\\s+" + user)
                || statement.matches("(?is)GRANT\\s+[A-Z, ]+" + onDatabase + "TO\\s+" + user)
                || statement.matches("(?is)REVOKE\\s+.*" + onDatabase + "FROM\\s+PUBLIC");
    }

    private static boolean names(String statement, String name) {
        return Pattern.compile("(?i)(^|[^a-z0-9_])" + Pattern.quote(name) + "($|[^a-z0-9_])").matcher(statement).find();
    }

    private static Map<String, String> dotEnv() throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(root.resolve(".env"))) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                variables.put(trimmed.substring(0, trimmed.indexOf('=')).strip(),
                        trimmed.substring(trimmed.indexOf('=') + 1).strip());
            }
        }
        return variables;
    }

    private static <T> Collector<T, ?, T> onlyOne(String what) {
        return Collectors.collectingAndThen(Collectors.toList(), found -> {
            assertThat(found).as("exactly one " + what).hasSize(1);
            return found.get(0);
        });
    }

    private static Set<String> databasesCreatedByInitScripts() throws IOException {
        Set<String> created = new TreeSet<>();
        for (Path script : initScripts()) {
            Matcher matcher = CREATE_DATABASE.matcher(Files.readString(script));
            while (matcher.find()) {
                created.add(matcher.group(1));
            }
        }
        return created;
    }

    private static List<Path> initScripts() throws IOException {
        List<Path> initDirectories = new ArrayList<>();
        for (Object volume : list(service("postgres").get("volumes"))) {
            String[] parts = String.valueOf(volume).split(":");
            if (parts.length >= 2 && parts[1].equals("/docker-entrypoint-initdb.d")) {
                initDirectories.add(root.resolve(parts[0]).normalize());
            }
        }
        assertThat(initDirectories).as("postgres mounts an init script directory").hasSize(1);
        try (Stream<Path> scripts = Files.list(initDirectories.get(0))) {
            List<Path> sql = scripts.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
            assertThat(sql).isNotEmpty();
            return sql;
        }
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
        if (value != null) {
            assertThat(value).isInstanceOf(List.class);
        }
        return value == null ? List.of() : (List<?>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    @Test
    void the_service_image_runs_with_the_same_jvm_flags_file_as_bin_medmassage_and_the_system_tests() throws Exception {
        String dockerfile = Files.readString(root.resolve("deploy/service.Dockerfile"));
        String script = Files.readString(root.resolve("bin/medmassage"));

        assertThat(dockerfile).contains("COPY deploy/service-jvm.options /app/jvm.options")
                .contains("java @/app/jvm.options $JAVA_OPTS");
        assertThat(Files.readString(root.resolve(".dockerignore"))).contains("!deploy/service-jvm.options");
        assertThat(script).contains("$(<\"$ROOT/deploy/service-jvm.options\")");
        assertThat(Files.readString(root.resolve("deploy/service-jvm.options")).strip()).startsWith("-X").doesNotContain("\n");
    }
}
