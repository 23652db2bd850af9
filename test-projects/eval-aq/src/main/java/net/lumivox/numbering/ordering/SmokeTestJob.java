package net.lumivox.numbering.ordering;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import net.lumivox.numbering.iris.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders the fixed NOC test numbers in the sandbox account after every deployment.
 */
public class SmokeTestJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SmokeTestJob.class);

    private final WebTarget sandboxAccount;

    public SmokeTestJob(WebTarget sandboxAccount) {
        this.sandboxAccount = sandboxAccount;
    }

    @Override
    public void run() {
        String order = Templates.load("noc-test-order.xml");
        String response = sandboxAccount.path("orders")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(order), String.class);
        LOG.info("Smoke order placed against https://test.dashboard.bandwidth.com/api: {}", response);
    }
}
