package com.pinecrestcomm.qa.numbers.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Loads {@code env/iris-<env>.properties} from the classpath. Used by the smoke tests, which do
 * not start a Spring context.
 */
public final class EnvironmentConfigLoader {

    public static final String ENV_PROPERTY = "qa.env";
    private static final String RESOURCE_PATTERN = "env/iris-%s.properties";

    private EnvironmentConfigLoader() {
    }

    public static Properties load() {
        return load(System.getProperty(ENV_PROPERTY, "test"));
    }

    public static Properties load(String env) {
        String resource = RESOURCE_PATTERN.formatted(env);
        Properties props = new Properties();
        try (InputStream in = EnvironmentConfigLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No environment file on classpath: " + resource);
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        // allow CI to override the host without editing the file
        String override = System.getenv("IRIS_BASE_URL");
        if (override != null && !override.isBlank()) {
            props.setProperty("iris.base-url", override);
        }
        return props;
    }

    public static String require(Properties props, String key) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing required property " + key);
        }
        return value.trim();
    }
}
