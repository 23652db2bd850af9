package net.harborlight.numops.health;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Actuator health: can we read a known number from the Dashboard, and what does Bandwidth's
 * status page say.
 */
@Component("dashboard")
public class DashboardHealthIndicator implements HealthIndicator {

    /** Our main NOC line; always in service on the account. */
    private static final String PROBE_TN = "9194240700";

    private static final String STATUS_PAGE = "https://status.bandwidth.com/api/v2/status.json";

    private final IrisClient irisClient;
    private final RestClient http;

    public DashboardHealthIndicator(IrisClient irisClient, RestClient.Builder builder) {
        this.irisClient = irisClient;
        this.http = builder.build();
    }

    @Override
    public Health health() {
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(irisClient, PROBE_TN);
            String status = http.get().uri(STATUS_PAGE).retrieve().body(String.class);
            return Health.up()
                    .withDetail("probeTn", details != null)
                    .withDetail("bandwidthStatus", status == null ? "unknown" : status.length() + " bytes")
                    .build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }
}
