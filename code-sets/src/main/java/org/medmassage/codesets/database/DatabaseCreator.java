package org.medmassage.codesets.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates PostgreSQL databases that do not exist yet, through the JDBC driver of the caller's classpath (plain JDBC,
 * no framework): a service creates its own before Flyway migrates (service-support), and {@code bin/medmassage}
 * creates the five through local-infra, which needs no psql client (the embedded PostgreSQL ships none).
 */
public final class DatabaseCreator {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/]+)/([^/?]+)(\\?.*)?");
    // CREATE DATABASE takes no bind parameters: only plain names (PostgreSQL's 63 bytes at most) are accepted, quoted.
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]{1,63}");
    private static final String DUPLICATE_DATABASE = "42P04";
    // two CREATE DATABASE of one name at once: the loser fails on pg_database's unique index, not with 42P04
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseCreator() {
    }

    /**
     * Creates the database a JDBC URL ({@code jdbc:postgresql://host:port/database}) names, if it is missing.
     *
     * @return the database's name when this call created it; empty when it existed
     * @throws IllegalStateException when PostgreSQL cannot be reached or refuses
     */
    public static Optional<String> ensureExists(String jdbcUrl, String user, String password) {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches() || !PLAIN_NAME.matcher(url.group(2)).matches()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host:port/database, got " + jdbcUrl);
        }
        String database = url.group(2);
        try {
            return createMissing(url.group(1), user, password, List.of(database)).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + maintenanceUrl(url.group(1))
                    + " to create " + database, e);
        }
    }

    /** @return the names that were created (the others already existed) */
    public static List<String> createMissing(String host, int port, String user, String password, List<String> names)
            throws SQLException {
        return createMissing(host + ":" + port, user, password, names);
    }

    private static List<String> createMissing(String server, String user, String password, List<String> names)
            throws SQLException {
        names.stream().filter(name -> !PLAIN_NAME.matcher(name).matches()).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("not a plain database name: " + name);
        });
        List<String> created = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(maintenanceUrl(server), credentials(user, password))) {
            for (String name : names) {
                if (!exists(connection, name) && create(connection, name)) {
                    created.add(name);
                }
            }
        }
        return created;
    }

    private static String maintenanceUrl(String server) {
        return "jdbc:postgresql://" + server + "/postgres";
    }

    private static Properties credentials(String user, String password) {
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        return credentials;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean create(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())
                    || UNIQUE_VIOLATION.equals(e.getSQLState()) && exists(connection, name)) {
                return false; // another instance created it at the same moment: fine
            }
            throw e;
        }
    }
}
