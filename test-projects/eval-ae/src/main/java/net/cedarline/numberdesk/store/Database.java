package net.cedarline.numberdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

public final class Database {

    private Database() {
    }

    public static Jdbi open(String jdbcUrl) {
        Jdbi jdbi = Jdbi.create(jdbcUrl, "sa", "");
        jdbi.installPlugin(new SqlObjectPlugin());
        String schema = loadSchema();
        jdbi.useHandle(handle -> handle.createScript(schema).execute());
        return jdbi;
    }

    private static String loadSchema() {
        try (InputStream in = Database.class.getClassLoader().getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
