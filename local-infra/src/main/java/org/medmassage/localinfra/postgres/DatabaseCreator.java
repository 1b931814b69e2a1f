package org.medmassage.localinfra.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Creates the databases that do not exist yet, through the JDBC driver already on this jar's classpath, so that
 * {@code bin/medmassage} needs no psql client (the embedded PostgreSQL ships none).
 */
public final class DatabaseCreator {

    // CREATE DATABASE takes no bind parameters: only plain names are accepted, then quoted.
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private DatabaseCreator() {
    }

    /** @return the names that were created (the others already existed) */
    public static List<String> createMissing(String host, int port, String user, String password, List<String> names)
            throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        List<String> created = new ArrayList<>();
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, credentials)) {
            for (String name : names) {
                if (!PLAIN_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("not a plain database name: " + name);
                }
                if (!exists(connection, name)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE \"" + name + "\"");
                    }
                    created.add(name);
                }
            }
        }
        return created;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
