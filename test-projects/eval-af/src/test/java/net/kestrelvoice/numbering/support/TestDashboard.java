package net.kestrelvoice.numbering.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.kestrelvoice.numbering.config.DashboardProxyFactory;
import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.config.WebClientFactory;

/** Settings, factories and fixtures shared by the client tests. */
public final class TestDashboard {

    public static final String ACCOUNT = "9900117";
    public static final String SITE = "4410";
    public static final String PEER = "552190";

    /** Numbers we order/import in tests. */
    public static final String TN_RALEIGH = "9193230147";
    public static final String TN_CHARLOTTE = "7042290155";
    public static final String TN_WILMINGTON = "9104471203";

    private TestDashboard() {
    }

    public static DashboardSettings settings() {
        DashboardSettings s = new DashboardSettings();
        s.setBaseUrl("https://dashboard.bandwidth.com/api");
        s.setAccountId(ACCOUNT);
        s.setSiteId(SITE);
        s.setSipPeerId(PEER);
        s.setUsername("test");
        s.setPassword("test");
        s.setCallbackUrl("https://hooks.kestrelvoice.net/api/callbacks/dashboard/orders");
        return s;
    }

    public static WebClientFactory webClients(RecordingFilter recorder) {
        WebClientFactory f = new WebClientFactory(settings());
        f.setProviders(List.of(recorder));
        return f;
    }

    public static DashboardProxyFactory proxies(RecordingFilter recorder) {
        DashboardProxyFactory f = new DashboardProxyFactory(settings());
        f.setProviders(List.of(recorder));
        return f;
    }

    public static String fixture(String name) {
        try (InputStream in = TestDashboard.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
