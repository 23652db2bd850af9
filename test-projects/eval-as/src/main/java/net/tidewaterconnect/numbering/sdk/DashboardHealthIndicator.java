package net.tidewaterconnect.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health check: looks up the main number of the Norfolk office, which must always be in service
 * on our account.
 */
@Component
public class DashboardHealthIndicator implements HealthIndicator {

    static final String MAIN_LINE = "7575550100";

    private final IrisClient client;

    public DashboardHealthIndicator(IrisClient client) {
        this.client = client;
    }

    @Override
    public Health health() {
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(client, MAIN_LINE);
            String full = details.getFullNumber();
            if (full == null || full.length() != 10) {
                return Health.down().withDetail("reason", "unexpected number " + full).build();
            }
            return Health.up()
                    .withDetail("status", details.getStatus())
                    .withDetail("rateCenter", details.getRateCenter())
                    .build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }
}
