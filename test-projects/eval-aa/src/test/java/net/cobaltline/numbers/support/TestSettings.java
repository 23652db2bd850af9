package net.cobaltline.numbers.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import net.cobaltline.numbers.config.DashboardSettings;

/** Settings and fixture loading shared by the tests. */
public final class TestSettings {

    public static final String ACCOUNT_ID = "9900123";
    public static final String SITE_ID = "4512";
    public static final String SIP_PEER_ID = "882310";
    public static final String PROD_BASE = "https://dashboard.bandwidth.com/api";

    private TestSettings() {
    }

    public static DashboardSettings settings() {
        return settings(PROD_BASE);
    }

    public static DashboardSettings settings(String baseUrl) {
        return new DashboardSettings(baseUrl, ACCOUNT_ID, SITE_ID, SIP_PEER_ID, "tnprov-api", "s3cret",
                "USA", "https://hooks.cobaltline.net/callbacks/dashboard");
    }

    /** Sandbox settings as the CI integration stage uses them. */
    public static DashboardSettings sandbox() {
        Properties p = new Properties();
        try (InputStream in = TestSettings.class.getResourceAsStream("/dashboard-test.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings(p.getProperty("dashboard.baseUrl"));
    }

    public static String fixture(String name) {
        try (InputStream in = TestSettings.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
