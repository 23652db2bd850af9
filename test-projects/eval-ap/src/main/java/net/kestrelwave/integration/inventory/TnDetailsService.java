package net.kestrelwave.integration.inventory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import net.kestrelwave.integration.config.DashboardProperties;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class TnDetailsService implements HealthIndicator {

    private final IrisClient client;
    private final RestTemplate dashboardRestTemplate;
    private final DashboardProperties dashboard;

    public TnDetailsService(IrisClient client, RestTemplate dashboardRestTemplate, DashboardProperties dashboard) {
        this.client = client;
        this.dashboardRestTemplate = dashboardRestTemplate;
        this.dashboard = dashboard;
    }

    public TelephoneNumberDetails details(String tn) throws Exception {
        return Tns.getTnDetails(client, tn);
    }

    /** The NOC test line must always resolve; used as the Dashboard liveness probe. */
    @Override
    public Health health() {
        try {
            TelephoneNumberDetails noc = Tns.getTnDetails(client, "9195550100");
            return Health.up().withDetail("nocLineStatus", noc.getStatus()).build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }

    public long numericKey(TelephoneNumberDetails details) {
        return Long.parseLong(details.getFullNumber());
    }

    public String rateCenterOfSwitchboard() {
        return dashboardRestTemplate.getForObject(dashboard.getBaseUrl() + "/tns/9195550155/ratecenter", String.class);
    }

    public String ordersForTn() {
        return dashboardRestTemplate.getForObject(dashboard.getBaseUrl() + "/accounts/{accountId}/orders?tn=9195550157", String.class, dashboard.getAccountId());
    }
}
