package com.cascadia.numprov.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code application.properties} from the classpath. Every key can be overridden by an
 * environment variable of the same name in upper case with dots and dashes as underscores
 * ({@code iris.base-url} -> {@code IRIS_BASE_URL}).
 */
public final class AppConfig {

    private static final String RESOURCE = "/application.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

    private final Properties props;

    private AppConfig(Properties props) {
        this.props = props;
    }

    public static AppConfig load() {
        Properties p = new Properties();
        try (InputStream in = AppConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " not found on classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new AppConfig(p);
    }

    public String get(String key) {
        String value = get(key, null);
        if (value == null) {
            throw new IllegalStateException("Missing configuration key " + key);
        }
        return value;
    }

    public String get(String key, String defaultValue) {
        String env = System.getenv(envName(key));
        if (env != null && !env.isBlank()) {
            return env;
        }
        String raw = props.getProperty(key);
        return raw == null ? defaultValue : resolve(raw);
    }

    public int getInt(String key, int defaultValue) {
        String v = get(key, null);
        return v == null ? defaultValue : Integer.parseInt(v.trim());
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        String v = get(key, null);
        return v == null ? defaultValue : Boolean.parseBoolean(v.trim());
    }

    private static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String resolve(String raw) {
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String env = System.getenv(m.group(1));
            String replacement = env != null ? env : (m.group(2) != null ? m.group(2) : "");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
