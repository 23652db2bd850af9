package net.kestrelwave.numops.db;

import org.h2.tools.RunScript;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The local H2 store of inventory, pending activations and service regions. */
public class Database {

    private final String url;

    public Database(String url) {
        this.url = url;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    public void migrate() throws SQLException {
        runScript("/db/schema.sql");
    }

    public void seedDevData() throws SQLException {
        runScript("/db/dev-seed.sql");
    }

    private void runScript(String resource) throws SQLException {
        try (Connection c = connect();
             InputStream in = Database.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SQLException(resource + " is not on the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                RunScript.execute(c, reader);
            }
        } catch (IOException e) {
            throw new SQLException("Cannot read " + resource, e);
        }
    }
}
