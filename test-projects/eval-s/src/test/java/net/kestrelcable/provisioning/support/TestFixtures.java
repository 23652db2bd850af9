package net.kestrelcable.provisioning.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.config.DashboardRestClientConfig;

import org.springframework.core.io.ClassPathResource;

/**
 * Shared values for the plain (non-Spring) tests.
 */
public final class TestFixtures {

    public static final String DASHBOARD = "https://dashboard.bandwidth.com/api";
    public static final String ACCOUNT = "9900012";
    public static final String SITE = "4471";
    public static final String PEER = "553128";

    /** 2024-05-06T12:00:00Z */
    public static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1714996800000L), ZoneOffset.UTC);

    private TestFixtures() {
    }

    public static DashboardProperties dashboardProps() {
        return new DashboardProperties(DASHBOARD, ACCOUNT, SITE, PEER, "svc-test", "secret",
                Duration.ofSeconds(5), Duration.ofSeconds(30), 5, "USA");
    }

    public static XmlMapper xmlMapper() {
        return new DashboardRestClientConfig().dashboardXmlMapper();
    }

    public static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
