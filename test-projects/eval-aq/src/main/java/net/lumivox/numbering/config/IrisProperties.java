package net.lumivox.numbering.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Connection settings of the Dashboard account, read from {@code iris.properties}.
 * Values of the form {@code ${NAME}} are resolved from the environment.
 */
public final class IrisProperties {

    private final Properties props;

    public IrisProperties(Properties props) {
        this.props = props;
    }

    public static IrisProperties fromClasspath() {
        Properties props = new Properties();
        try (InputStream in = IrisProperties.class.getResourceAsStream("/iris.properties")) {
            if (in == null) {
                throw new IllegalStateException("iris.properties missing from the classpath");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IrisProperties(props);
    }

    private String get(String key) {
        String value = props.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("Missing setting " + key);
        }
        if (value.startsWith("${") && value.endsWith("}")) {
            String env = System.getenv(value.substring(2, value.length() - 1));
            return env == null ? "" : env;
        }
        return value.trim();
    }

    public String accountId() {
        return get("iris.account-id");
    }

    public String username() {
        return get("iris.username");
    }

    public String password() {
        return get("iris.password");
    }

    public String baseUrl() {
        return BaseUrls.normalize(get("iris.base-url"));
    }

    public String testBaseUrl() {
        return BaseUrls.normalize(get("iris.test-base-url"));
    }

    public String sdkUri() {
        return get("iris.sdk.uri");
    }

    public String sdkVersion() {
        return get("iris.sdk.version");
    }

    public String defaultSiteId() {
        return get("iris.default-site-id");
    }

    public String defaultSipPeerId() {
        return get("iris.default-sippeer-id");
    }

    public String e911AddressesPath() {
        return get("iris.e911.addresses-path");
    }

    public String externalTnsPath() {
        return get("iris.hosted.external-tns-path");
    }

    public String messagingImportPath() {
        return get("iris.hosted.messaging-import-path");
    }

    public String callbackBaseUrl() {
        return get("iris.callback.base-url");
    }

    public int pageSize() {
        return Integer.parseInt(get("iris.page-size"));
    }

    /** Replaces the {accountId} placeholder of a configured path. */
    public String accountPath(String template) {
        return template.replace("{accountId}", accountId());
    }
}
