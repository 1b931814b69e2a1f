package org.medmassage.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh PostgreSQL database per test context, so test runs never see each other's data. Spring calls the
 * {@code @DynamicPropertySource} method once per context it builds, so test classes that share a cached context share
 * its database too (and keep out of each other's way with members of their own), while two contexts alive at once
 * never share an outbox. The service creates it on start (DatabaseCreator); it is dropped when the test JVM exits.
 */
public final class TestDatabases {

    public static final String HOST = env("DB_HOST", "127.0.0.1");
    public static final String PORT = env("DB_PORT", "5432");
    public static final String USER = env("DB_USER", "postgres");
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll, "drop-test-databases"));
    }

    private TestDatabases() {
    }

    /** Points R2DBC and Flyway at a new database named {@code <service>_test_<random>}. */
    public static String register(DynamicPropertyRegistry registry, String service) {
        String name = (service + "_test_" + UUID.randomUUID().toString().substring(0, 8)).replace('-', '_');
        CREATED.add(name);
        registry.add("spring.r2dbc.url", () -> "r2dbc:postgresql://" + HOST + ":" + PORT + "/" + name);
        registry.add("spring.flyway.url", () -> jdbcUrl(name));
        return name;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static void dropAll() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "")) {
            for (String name : CREATED) {
                connection.createStatement().execute("drop database if exists \"" + name + "\" with (force)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop test databases " + CREATED + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
