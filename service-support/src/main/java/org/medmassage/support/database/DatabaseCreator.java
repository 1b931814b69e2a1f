package org.medmassage.support.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the service's own database when it is missing, so a fresh PostgreSQL (or a test's fresh database name)
 * needs no manual step. Runs before Flyway migrates.
 */
public final class DatabaseCreator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?");
    private static final String DUPLICATE_DATABASE = "42P04";

    private DatabaseCreator() {
    }

    public static void ensureExists(String jdbcUrl, String user, String password) {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host:port/database, got " + jdbcUrl);
        }
        String database = url.group(2);
        String maintenanceUrl = "jdbc:postgresql://" + url.group(1) + "/postgres";
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password == null ? "" : password)) {
            if (!exists(connection, database)) {
                create(connection, database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + maintenanceUrl + " to create " + database, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void create(Connection connection, String database) throws SQLException {
        try (var statement = connection.createStatement()) {
            // the name is checked against [A-Za-z0-9_]+ above: safe to quote into DDL
            statement.execute("create database \"" + database + "\"");
            log.info("created database {}", database);
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e; // another instance creating it at the same moment is fine
            }
        }
    }
}
