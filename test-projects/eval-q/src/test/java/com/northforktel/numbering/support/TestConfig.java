package com.northforktel.numbering.support;

import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.config.DashboardSettings;
import com.northforktel.numbering.dashboard.DashboardHttp;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.util.HashMap;
import java.util.Map;

/** Settings pointing every Dashboard client at a {@link FakeDashboard}. */
public final class TestConfig {

    public static final String ACCOUNT = "9900012";
    public static final String SITE = "4417";
    public static final String SIP_PEER = "583920";

    private TestConfig() {
    }

    public static Map<String, String> flat(int port) {
        Map<String, String> flat = new HashMap<>();
        flat.put(ConfigKeys.DASHBOARD_BASE_URL, "http://localhost:" + port + "/api");
        flat.put(ConfigKeys.DASHBOARD_V2_BASE_URL, "http://localhost:" + port + "/api/v2");
        flat.put(ConfigKeys.DASHBOARD_HOST, "localhost");
        flat.put(ConfigKeys.DASHBOARD_PORT, String.valueOf(port));
        flat.put(ConfigKeys.DASHBOARD_ACCOUNT, ACCOUNT);
        flat.put(ConfigKeys.DASHBOARD_USER, "test-user");
        flat.put(ConfigKeys.DASHBOARD_PASSWORD, "test-password");
        flat.put(ConfigKeys.DASHBOARD_SITE, SITE);
        flat.put(ConfigKeys.DASHBOARD_SIPPEER, SIP_PEER);
        return flat;
    }

    public static DashboardSettings settings(int port) {
        return DashboardSettings.from(flat(port));
    }

    public static DashboardSettings settings(Map<String, String> flat) {
        return DashboardSettings.from(flat);
    }

    public static DashboardHttp http(Vertx vertx, int port) {
        return http(vertx, settings(port));
    }

    public static DashboardHttp http(Vertx vertx, DashboardSettings settings) {
        return new DashboardHttp(WebClient.create(vertx), settings, "5000");
    }
}
