package net.cobaltline.numbers.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Binding of {@code application.yml}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class AppConfig {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Dashboard {
        @JsonProperty("base-url")
        public String baseUrl;
        @JsonProperty("sandbox-url")
        public String sandboxUrl;
        @JsonProperty("timeout-seconds")
        public int timeoutSeconds = 20;
        public Paths paths = new Paths();
        public Search search = new Search();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Paths {
        public String e911;
        @JsonProperty("import")
        public String importOrders;
        @JsonProperty("remove-imported")
        public String removeImported;
        public String external;
        public String orders;
        @JsonProperty("tn-options")
        public String tnOptions;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Search {
        @JsonProperty("default-area-code")
        public String defaultAreaCode;
        public int quantity = 10;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Endpoint {
        @JsonProperty("base-url")
        public String baseUrl;
        @JsonProperty("application-id")
        public String applicationId;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Legacy {
        @JsonProperty("iris-url")
        public String irisUrl;
        @JsonProperty("catapult-url")
        public String catapultUrl;
    }

    public Dashboard dashboard = new Dashboard();
    public Endpoint messaging = new Endpoint();
    public Endpoint voice = new Endpoint();
    public Endpoint mfa = new Endpoint();
    public Endpoint lookup = new Endpoint();
    public Legacy legacy = new Legacy();

    private static volatile AppConfig instance;

    public static AppConfig get() {
        if (instance == null) {
            synchronized (AppConfig.class) {
                if (instance == null) {
                    instance = load("/application.yml");
                }
            }
        }
        return instance;
    }

    static AppConfig load(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = AppConfig.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the deployment package");
            }
            return yaml.readValue(in, AppConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
