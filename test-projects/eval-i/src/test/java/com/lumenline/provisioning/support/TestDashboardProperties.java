package com.lumenline.provisioning.support;

import java.util.Map;

import com.lumenline.provisioning.config.DashboardProperties;
import com.lumenline.provisioning.constants.IrisConstants;

/**
 * {@link DashboardProperties} for unit tests, mirroring application.yml.
 */
public final class TestDashboardProperties {

    public static final String ACCOUNT_ID = "9900123";

    private TestDashboardProperties() {
    }

    public static DashboardProperties withBaseUrl(String baseUrl) {
        return of(baseUrl, ACCOUNT_ID);
    }

    public static DashboardProperties of(String baseUrl, String accountId) {
        return new DashboardProperties(
                baseUrl,
                "https://test.dashboard.bandwidth.com/api/v2",
                "https://dashboard.bandwidth.com/api/v2",
                accountId,
                "svc-test",
                "secret",
                "v1.0",
                "4821",
                "552190",
                Map.of(
                        "import-tn-orders", "/accounts/{accountId}/importTnOrders",
                        "remove-imported-tn-orders", "/accounts/{accountId}/removeImportedTnOrders",
                        "external-tns", "/accounts/{accountId}/externalTns",
                        "tn-options", "/accounts/{accountId}/tnoptions"),
                Map.of("inventory", new DashboardProperties.ReportSettings("112", "csv")),
                new DashboardProperties.Callback("https://hooks.test.lumenline.io/callbacks/dashboard/orders",
                        "hook", "hook-secret"));
    }

    public static DashboardProperties production() {
        return withBaseUrl(IrisConstants.DASHBOARD_BASE_URL);
    }
}
