package net.tallgrasstel.backoffice.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Typed access to application.properties, application.yml, dashboard.json and iris-config.xml. */
public final class AppConfig {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final XmlMapper XML = new XmlMapper();

    private final Properties props;
    private final JsonNode yaml;
    private final DashboardSettings dashboard;
    private final IrisProfiles profiles;

    public AppConfig(Properties props, JsonNode yaml, DashboardSettings dashboard, IrisProfiles profiles) {
        this.props = props;
        this.yaml = yaml;
        this.dashboard = dashboard;
        this.profiles = profiles;
    }

    public String baseUrl() {
        return props.getProperty("iris.base-url", "https://dashboard.bandwidth.com/api");
    }

    public String sandboxUrl() {
        return props.getProperty("iris.sandbox-url");
    }

    /** Retrofit needs a trailing slash on its base URL. */
    public String retrofitBaseUrl() {
        String url = yaml.at("/backoffice/dashboard/base-url").asText(baseUrl());
        return url.endsWith("/") ? url : url + "/";
    }

    public String accountId() {
        return props.getProperty("iris.account-id");
    }

    public String username() {
        return props.getProperty("iris.username");
    }

    public String password() {
        return props.getProperty("env.IRIS_PASSWORD", "");
    }

    public String reportUser() {
        return props.getProperty("iris.report-user");
    }

    public String reportPassword() {
        return props.getProperty("env.IRIS_REPORT_PASSWORD", "");
    }

    public String siteId() {
        return props.getProperty("iris.site-id");
    }

    public String sipPeerId() {
        return props.getProperty("iris.sip-peer-id");
    }

    public String sdkVersion() {
        return props.getProperty("iris.sdk-version");
    }

    public String legacyUri() {
        return yaml.at("/backoffice/dashboard/legacy-porting-host").asText();
    }

    public String e911AddressesUrl() {
        return yaml.at("/backoffice/dashboard/e911/addresses-url").asText();
    }

    public String e911AddressesPath() {
        return props.getProperty("iris.e911.addresses-path").replace("{accountId}", accountId());
    }

    public String importPath() {
        return props.getProperty("iris.hosted.import-path").replace("{accountId}", accountId());
    }

    public String removeImportedPath() {
        return yaml.at("/backoffice/dashboard/hosted-messaging/remove-path").asText().replace("{accountId}", accountId());
    }

    public String externalTnsPath() {
        return props.getProperty("iris.hosted.external-path").replace("{accountId}", accountId());
    }

    public String searchPreset(String name) {
        return props.getProperty("search.presets." + name);
    }

    public String callbackUrl() {
        return yaml.at("/backoffice/callbacks/public-url").asText();
    }

    public String callbackExpiry() {
        return yaml.at("/backoffice/callbacks/expiry").asText();
    }

    public String callbackUser() {
        return yaml.at("/backoffice/callbacks/username").asText();
    }

    public String messagingFrom() {
        return yaml.at("/backoffice/messaging/from-number").asText();
    }

    public String opsPager() {
        return yaml.at("/backoffice/messaging/ops-pager").asText();
    }

    public String inventoryReportId() {
        return yaml.at("/backoffice/reports/inventory-report-id").asText();
    }

    public String get(String key) {
        return props.getProperty(key);
    }

    public DashboardSettings dashboard() {
        return dashboard;
    }

    public IrisProfiles profiles() {
        return profiles;
    }

    public boolean debugHttpBodies() {
        return Boolean.parseBoolean(props.getProperty("app.debug-http-bodies", "false"));
    }

    /** Reads the configuration files shipped in the jar. */
    public static AppConfig load() {
        Properties props = new Properties();
        try (InputStream in = open("application.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("IRIS_")) {
                props.setProperty("env." + k, v);
            }
        });
        return new AppConfig(props, readYaml(), readDashboard(), readProfiles());
    }

    private static JsonNode readYaml() {
        try (InputStream in = open("application.yml")) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DashboardSettings readDashboard() {
        try (InputStream in = open("dashboard.json")) {
            return JSON.readValue(in, DashboardSettings.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IrisProfiles readProfiles() {
        try (InputStream in = open("iris-config.xml")) {
            return XML.readValue(in, IrisProfiles.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = AppConfig.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " not on classpath");
        }
        return in;
    }

    /** Mirror of {@code dashboard.json}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DashboardSettings(
            String baseUrl,
            String sandboxBaseUrl,
            String accountId,
            String siteId,
            String sipPeerId,
            Map<String, String> paths,
            SmokeTest smokeTest,
            Messaging messaging,
            Retry retry) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record SmokeTest(List<String> numbers, String loaAuthorizingPerson) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Messaging(String baseUrl, String statusCallback) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Retry(int maxAttempts, long backoffMillis) {
        }

        public String path(String name) {
            String p = paths.get(name);
            if (p == null) {
                throw new IllegalArgumentException("dashboard.json has no path '" + name + "'");
            }
            return p.replace("{accountId}", accountId);
        }
    }

    /** Mirror of {@code iris-config.xml}. */
    @JacksonXmlRootElement(localName = "irisProfiles")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class IrisProfiles {

        @JacksonXmlElementWrapper(useWrapping = false)
        @JacksonXmlProperty(localName = "profile")
        private List<Profile> profiles = new ArrayList<>();

        private String portalUrl;

        public List<Profile> getProfiles() {
            return profiles;
        }

        public void setProfiles(List<Profile> profiles) {
            this.profiles = profiles;
        }

        public String getPortalUrl() {
            return portalUrl;
        }

        public void setPortalUrl(String portalUrl) {
            this.portalUrl = portalUrl;
        }

        public Profile byName(String name) {
            return profiles.stream()
                    .filter(p -> p.getName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No iris profile " + name));
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public static class Profile {
            private String name;
            private String uri;
            private String accountId;
            private String username;

            public String getName() {
                return name;
            }

            public void setName(String name) {
                this.name = name;
            }

            public String getUri() {
                return uri;
            }

            public void setUri(String uri) {
                this.uri = uri;
            }

            public String getAccountId() {
                return accountId;
            }

            public void setAccountId(String accountId) {
                this.accountId = accountId;
            }

            public String getUsername() {
                return username;
            }

            public void setUsername(String username) {
                this.username = username;
            }
        }
    }
}
