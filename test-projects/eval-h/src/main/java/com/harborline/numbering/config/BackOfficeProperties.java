package com.harborline.numbering.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * Plain access to {@code application.properties} for the code that does not run inside Camel
 * (the job framework, the SDK gateway). Environment variables win over the file, Spring-style:
 * {@code iris.base} can be overridden with {@code IRIS_BASE}.
 */
public final class BackOfficeProperties {

    private final Properties properties;

    public BackOfficeProperties(Properties properties) {
        this.properties = Objects.requireNonNull(properties);
    }

    public static BackOfficeProperties load() {
        Properties p = new Properties();
        try (InputStream in = BackOfficeProperties.class.getClassLoader()
                .getResourceAsStream("application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.properties", e);
        }
        return new BackOfficeProperties(p);
    }

    public String get(String key) {
        String env = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        if (env != null && !env.isBlank()) {
            return env;
        }
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("missing property " + key);
        }
        return value.trim();
    }

    public String get(String key, String fallback) {
        try {
            return get(key);
        } catch (IllegalStateException missing) {
            return fallback;
        }
    }

    public int getInt(String key, int fallback) {
        return Integer.parseInt(get(key, String.valueOf(fallback)));
    }

    public String irisBase() {
        return get("iris.base", IrisConstants.DASHBOARD_API);
    }

    public String accountId() {
        return get("iris.accountId");
    }

    public String username() {
        return get("iris.username");
    }

    public String password() {
        return get("iris.password");
    }

    public String defaultSiteId() {
        return get("iris.site.default");
    }

    public String defaultSipPeerId() {
        return get("iris.sippeer.default");
    }
}
