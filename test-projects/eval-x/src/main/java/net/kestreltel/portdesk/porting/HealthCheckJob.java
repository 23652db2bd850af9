package net.kestreltel.portdesk.porting;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.google.inject.Inject;
import net.kestreltel.portdesk.dashboard.InventoryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static net.kestreltel.portdesk.porting.SmokeTestNumbers.CANARY_TN;

/** Hourly probe: can we still reach the Dashboard with our credentials? */
public class HealthCheckJob {

    private static final Logger LOG = LoggerFactory.getLogger(HealthCheckJob.class);

    private final IrisClient client;
    private final InventoryApi inventory;

    @Inject
    public HealthCheckJob(IrisClient client, InventoryApi inventory) {
        this.client = client;
        this.inventory = inventory;
    }

    public boolean run() {
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(client, CANARY_TN);
            LOG.info("Dashboard reachable, canary in {}", details.getRateCenter());
            inventory.details("7045550147");
            return true;
        } catch (Exception e) {
            LOG.error("Dashboard health check failed (GET https://dashboard.bandwidth.com/v1.0/tns/{})", CANARY_TN, e);
            return false;
        }
    }
}
