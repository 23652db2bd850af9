package com.harborline.numbering.health;

import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.harborline.numbering.config.IrisConstants;
import com.harborline.numbering.http.DashboardHttpClient;
import com.harborline.numbering.sdk.IrisSdkGateway;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readiness probe for the back office: can we reach Dashboard (SDK and raw HTTP) and is our
 * canary number still where it should be? The canary is the NOC test line in the Raleigh office.
 */
public class DashboardHealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardHealthCheck.class);

    /** NOC test line; if Dashboard stops knowing it, something is very wrong with the account. */
    static final String CANARY_TN = "9195550147";
    private static final String EXPECTED_STATUS = "Inservice";
    private static final Duration SLOW = Duration.ofSeconds(5);

    private final IrisSdkGateway sdk;
    private final DashboardHttpClient http;
    private final String accountId;

    public DashboardHealthCheck(IrisSdkGateway sdk, DashboardHttpClient http, String accountId) {
        this.sdk = sdk;
        this.http = http;
        this.accountId = accountId;
    }

    public Map<String, String> check() {
        Map<String, String> result = new LinkedHashMap<>();
        Instant start = Instant.now();
        try {
            TelephoneNumberDetails details = sdk.details(CANARY_TN);
            result.put("sdk", EXPECTED_STATUS.equalsIgnoreCase(details.getStatus()) ? "UP" : "DEGRADED");
        } catch (Exception e) {
            LOG.warn("Canary lookup of 9195550147 failed: {}", e.getMessage());
            result.put("sdk", "DOWN");
        }
        try {
            http.get(http.accountUri(accountId, "sites"));
            result.put("http", "UP");
        } catch (Exception e) {
            LOG.warn("GET https://dashboard.bandwidth.com/api/accounts/{}/sites failed", accountId, e);
            result.put("http", "DOWN");
        }
        try {
            http.get(IrisConstants.DASHBOARD_V2_API + "/accounts/" + accountId + "/tnoptions?status=FAILED&size=1");
            result.put("http-v2", "UP");
        } catch (Exception e) {
            result.put("http-v2", "DOWN");
        }
        Duration took = Duration.between(start, Instant.now());
        if (took.compareTo(SLOW) > 0) {
            result.put("latency", "SLOW " + took.toMillis() + "ms");
        }
        return result;
    }
}
