package org.medmassage.support.plumbing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh PostgreSQL database for one test class of this module, dropped after it. test-support does this for the
 * services, but it depends on service-support, so this module keeps its own.
 */
final class SupportTestDatabase {

    private SupportTestDatabase() {
    }

    static String newName(String purpose) {
        return "support_" + purpose + "_test_" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.r2dbc.url", () -> "r2dbc:postgresql://127.0.0.1:5432/" + database);
        registry.add("spring.flyway.url", () -> "jdbc:postgresql://127.0.0.1:5432/" + database);
    }

    static Connection admin(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
    }

    /** As the chaos suite does: the database refuses new connections and its open ones are closed. */
    static void cutOff(String database) throws SQLException {
        try (Connection postgres = admin("postgres")) {
            postgres.createStatement().execute("alter database \"" + database + "\" allow_connections false");
            postgres.createStatement().execute(
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        }
    }

    static void reconnect(String database) throws SQLException {
        try (Connection postgres = admin("postgres")) {
            postgres.createStatement().execute("alter database \"" + database + "\" allow_connections true");
        }
    }

    static void drop(String database) throws SQLException {
        try (Connection postgres = admin("postgres")) {
            postgres.createStatement().execute("drop database if exists \"" + database + "\" with (force)");
        }
    }
}
