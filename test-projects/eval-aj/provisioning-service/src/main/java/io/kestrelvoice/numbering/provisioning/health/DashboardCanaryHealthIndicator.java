package io.kestrelvoice.numbering.provisioning.health;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Looks up our own main line on the Dashboard; if that fails, ordering will fail too.
 */
@Component("dashboard")
public class DashboardCanaryHealthIndicator implements HealthIndicator {

    /** Kestrel Voice NOC main line, always in service on our account. */
    static final String CANARY_TN = "9195550199";

    private final IrisClient irisClient;

    public DashboardCanaryHealthIndicator(IrisClient irisClient) {
        this.irisClient = irisClient;
    }

    @Override
    public Health health() {
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(irisClient, CANARY_TN);
            return Health.up().withDetail("canaryStatus", details.getStatus()).build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }
}
