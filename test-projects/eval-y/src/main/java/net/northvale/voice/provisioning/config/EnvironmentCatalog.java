package net.northvale.voice.provisioning.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * Known Dashboard environments (production, staging, the vendor's lab account), loaded from
 * {@code dashboard-environments.json}. Used by the admin tooling to point a one-off job at
 * another account without redeploying.
 */
@ApplicationScoped
public class EnvironmentCatalog {

    public static class Environment {
        @JsonbProperty("baseUrl")
        public String baseUrl;
        @JsonbProperty("accountId")
        public String accountId;
        @JsonbProperty("siteId")
        public String siteId;
        @JsonbProperty("readOnly")
        public boolean readOnly;
    }

    public static class Catalog {
        @JsonbProperty("environments")
        public Map<String, Environment> environments;
    }

    private Catalog catalog;

    public Optional<Environment> find(String name) {
        return Optional.ofNullable(load().environments).map(envs -> envs.get(name));
    }

    private synchronized Catalog load() {
        if (catalog == null) {
            try (InputStream in = getClass().getResourceAsStream("/dashboard-environments.json");
                 Jsonb jsonb = JsonbBuilder.create()) {
                catalog = jsonb.fromJson(in, Catalog.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read dashboard-environments.json", e);
            }
        }
        return catalog;
    }
}
