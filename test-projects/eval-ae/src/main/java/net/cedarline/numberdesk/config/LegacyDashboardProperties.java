package net.cedarline.numberdesk.config;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Properties;

/**
 * Old-style settings for the hand-written Dashboard client (timeouts, path patterns).
 * Predates application.yml; a few jobs still read the base URL from here.
 */
public final class LegacyDashboardProperties {

    private static final String RESOURCE = "dashboard.properties";
    private static Properties properties;

    private LegacyDashboardProperties() {
    }

    public static synchronized Properties get() {
        if (properties == null) {
            Properties p = new Properties();
            InputStream in = null;
            try {
                in = LegacyDashboardProperties.class.getClassLoader().getResourceAsStream(RESOURCE);
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Could not load " + RESOURCE, e);
            } finally {
                if (in != null) {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // nothing useful to do
                    }
                }
            }
            properties = p;
        }
        return properties;
    }

    public static String baseUrl() {
        return get().getProperty("dashboard.url", "https://dashboard.bandwidth.com/api/v1");
    }

    public static String testBaseUrl() {
        return get().getProperty("dashboard.test.url");
    }

    public static int intValue(String key, int fallback) {
        String v = get().getProperty(key);
        return v == null ? fallback : Integer.parseInt(v.trim());
    }

    /** Formats one of the {@code dashboard.path.*} patterns, e.g. path("dashboard.path.externalTns", accountId). */
    public static String path(String key, Object... args) {
        String pattern = get().getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no path pattern " + key);
        }
        return MessageFormat.format(pattern, args);
    }
}
