package org.harborline.provisioning.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Loads harborline-&lt;env&gt;.properties from the classpath once, at class-load time.
 * The environment comes from -Dharborline.env (prod, staging, dev); prod is the default
 * because that is what the init scripts on the old boxes never set.
 */
public final class EnvironmentConfig {

    private static final Properties PROPS = new Properties();

    public static final String ENV;
    public static final String DASHBOARD_HOST;
    public static final String IRIS_BASE_URL;

    static {
        ENV = System.getProperty("harborline.env", "prod");
        try (InputStream in = EnvironmentConfig.class.getResourceAsStream("/harborline-" + ENV + ".properties")) {
            if (in != null) {
                PROPS.load(in);
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        DASHBOARD_HOST = PROPS.getProperty("iris.host", "https://dashboard.bandwidth.com");
        IRIS_BASE_URL = PROPS.getProperty("iris.baseUrl",
                "prod".equals(ENV)
                        ? "https://dashboard.bandwidth.com/api"
                        : "https://test.dashboard.bandwidth.com/api");
    }

    private EnvironmentConfig() {
    }

    public static String get(String key) {
        return PROPS.getProperty(key);
    }

    public static String get(String key, String defaultValue) {
        return PROPS.getProperty(key, defaultValue);
    }

    public static int getInt(String key, int defaultValue) {
        String v = PROPS.getProperty(key);
        return v == null ? defaultValue : Integer.parseInt(v.trim());
    }

    public static boolean isProduction() {
        return "prod".equals(ENV);
    }
}
