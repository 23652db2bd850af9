package net.kestrelcable.provisioning.support;

import net.kestrelcable.provisioning.support.iris.IrisClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens NOC incidents when provisioning fails in a way a human has to look at.
 */
@Component
public class IncidentNotifier {

    private static final Logger log = LoggerFactory.getLogger(IncidentNotifier.class);

    private final IrisClient iris;

    public IncidentNotifier(@Value("${kestrel.iris.url:https://iris.kestrelcable.net/api}") String url,
                            @Value("${kestrel.iris.team:numbering}") String team,
                            @Value("${kestrel.iris.token:}") String token) {
        this.iris = new IrisClient(url, team, token);
    }

    public void portStuck(String orderId, String status) {
        log.warn("Opening incident for port {} stuck in {}; see https://dashboard.bandwidth.com/api/accounts/-/portins/{}",
                orderId, status, orderId);
        iris.openIncident("P3", "Port-in " + orderId + " stuck in " + status,
                "The Dashboard has not moved this port for 48h. Check the LOA and the losing carrier.");
    }

    public void importFailed(String orderId, String reason) {
        iris.openIncident("P3", "Hosted messaging import " + orderId + " failed", reason);
    }
}
