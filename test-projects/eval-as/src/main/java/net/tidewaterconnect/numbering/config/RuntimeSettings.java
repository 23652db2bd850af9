package net.tidewaterconnect.numbering.config;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Settings that ops can change at runtime; seeded by the Liquibase changelog. */
@Component
public class RuntimeSettings {

    private final JdbcClient jdbc;

    public RuntimeSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String key) {
        return jdbc.sql("select setting_value from app_setting where setting_key = :key")
                .param("key", key)
                .query(String.class)
                .optional();
    }

    public String require(String key) {
        return get(key).orElseThrow(() -> new IllegalStateException("Missing app_setting " + key));
    }
}
