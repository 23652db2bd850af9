package net.northwind.porting.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * Read-only view over the three configuration files shipped in the jar
 * ({@code iris.properties}, {@code carrier-endpoints.yml}, {@code endpoints.json})
 * plus credentials from the environment.
 */
public final class AppConfig {

    private final Properties props;
    private final JsonNode endpoints;
    private final JsonNode urlTemplates;

    private AppConfig(Properties props, JsonNode endpoints, JsonNode urlTemplates) {
        this.props = props;
        this.endpoints = endpoints;
        this.urlTemplates = urlTemplates;
    }

    public static AppConfig load() {
        try {
            Properties p = new Properties();
            try (InputStream in = resource("iris.properties")) {
                p.load(in);
            }
            p.putAll(System.getProperties());
            JsonNode yml;
            try (InputStream in = resource("carrier-endpoints.yml")) {
                yml = new ObjectMapper(new YAMLFactory()).readTree(in);
            }
            JsonNode json;
            try (InputStream in = resource("endpoints.json")) {
                json = new ObjectMapper().readTree(in);
            }
            return new AppConfig(p, yml, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled configuration", e);
        }
    }

    static AppConfig of(Properties p) {
        ObjectMapper om = new ObjectMapper();
        return new AppConfig(p, om.createObjectNode(), om.createObjectNode());
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(AppConfig.class.getClassLoader().getResourceAsStream(name), name);
    }

    public String accountId() {
        return props.getProperty("iris.account.id");
    }

    public String siteId() {
        return props.getProperty("iris.site.id");
    }

    public String sipPeerId() {
        return props.getProperty("iris.sippeer.id");
    }

    public String userName() {
        return env("IRIS_USER", "batch-ro");
    }

    public String password() {
        return env("IRIS_PASSWORD", "");
    }

    /** Base URL the raw HTTP clients append {@code /accounts/...} to. */
    public String apiBase() {
        return props.getProperty("iris.api.base", "https://dashboard.bandwidth.com/api");
    }

    public String legacyBase() {
        return props.getProperty("iris.legacy.base");
    }

    public String irisUri() {
        return props.getProperty("iris.sdk.uri");
    }

    public String irisVersion() {
        return props.getProperty("iris.sdk.version");
    }

    public String property(String key) {
        return props.getProperty(key);
    }

    public String crmBase() {
        return props.getProperty("crm.base");
    }

    public String callbackUrl() {
        return props.getProperty("callback.public.url");
    }

    public int callbackPort() {
        return Integer.parseInt(props.getProperty("callback.port", "8089"));
    }

    /** A path from {@code carrier-endpoints.yml}, e.g. {@code endpoint("import-orders")}. */
    public String endpoint(String key) {
        return endpoints.path("dashboard").path("paths").path(key).asText(null);
    }

    public String dashboardBaseFromYaml() {
        return endpoints.path("dashboard").path("base-url").asText();
    }

    /** A full URL template from {@code endpoints.json}. */
    public String urlTemplate(String key) {
        return urlTemplates.path(key).asText(null);
    }

    /** Fallback for the --offline flag and local runs when iris.properties is not on the classpath. */
    static AppConfig defaults() {
        Properties p = new Properties();
        try {
            p.load(new StringReader("""
                    iris.account.id=9900123
                    iris.site.id=743
                    iris.sippeer.id=303716
                    iris.api.base=https://test.dashboard.bandwidth.com/api
                    iris.path.e911=/accounts/{accountId}/addresses
                    callback.port=8089
                    """));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(p);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
