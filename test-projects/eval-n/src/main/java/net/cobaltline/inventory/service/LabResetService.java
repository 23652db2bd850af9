package net.cobaltline.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.client.DashboardTargets;
import net.cobaltline.inventory.client.DashboardTemplates;
import net.cobaltline.inventory.config.DashboardConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Puts the porting lab (a sub-account of ours) back into a known state after Bandwidth resets it:
 * re-orders the lab numbers, re-imports the hosted-messaging lab numbers, switches SMS on and
 * re-creates the callback subscription. Triggered by hand from the admin endpoint.
 */
@ApplicationScoped
public class LabResetService {

    private static final Logger LOG = Logger.getLogger(LabResetService.class);

    @Inject
    DashboardTargets targets;

    @Inject
    DashboardConfig config;

    /** The lab is a separate Dashboard account in Bandwidth's test environment. */
    @ConfigProperty(name = "lab.account-url", defaultValue = "https://test.dashboard.bandwidth.com/api/accounts/9900713")
    String labAccountUrl;

    public void reset(String labCallbackUrl) {
        Map<String, String> common = Map.of(
                "customerOrderId", "LAB-" + LocalDate.now(),
                "siteId", config.siteId(),
                "sipPeerId", config.sipPeerId());

        post("orders", DashboardTemplates.render("lab-order.xml", common));
        post("importTnOrders", DashboardTemplates.render("lab-import-tn-order.xml", common));

        for (String tn : List.of("7045550111", "7045550112")) {
            String body = DashboardTemplates.render("sippeer-tn-sms.xml",
                    Map.of("tn", tn, "callForward", "", "smsEnabled", "true"));
            Response response = targets.target(labAccountUrl)
                    .path("sites/" + config.siteId() + "/sippeers/" + config.sipPeerId() + "/tns/" + tn)
                    .request(MediaType.APPLICATION_XML)
                    .put(Entity.entity(body, MediaType.APPLICATION_XML));
            LOG.infof("SMS on for lab number %s: HTTP %d", tn, response.getStatus());
        }

        post("subscriptions", DashboardTemplates.render("subscription-orders.xml", Map.of(
                "orderType", "orders",
                "callbackUrl", labCallbackUrl,
                "callbackUser", "lab",
                "callbackPassword", "lab")));
    }

    /** SMS through a TN option order; the replacement for the per-number PUT above. */
    public void smsOnViaTnOptions() {
        post("tnoptions", DashboardTemplates.render("tn-option-sms.xml",
                Map.of("customerOrderId", "LAB-SMS-" + LocalDate.now())));
    }

    public void labReport() {
        post("reports/" + config.reports().tnReportId() + "/instances",
                DashboardTemplates.render("report-instance.xml", Map.of(
                        "accountId", config.accountId(),
                        "siteId", config.siteId(),
                        "expiresAt", LocalDate.now().plusDays(1).toString())));
    }

    public void importExternalLabNumbers() {
        post("externalTns", DashboardTemplates.render("external-tns-order.xml", Map.of(
                "customerOrderId", "LAB-EXT-" + LocalDate.now(),
                "siteId", config.siteId(),
                "sipPeerId", config.sipPeerId())));
    }

    private void post(String path, String xml) {
        Response response = targets.target(labAccountUrl)
                .path(path)
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(xml, MediaType.APPLICATION_XML));
        if (response.getStatus() >= 300) {
            LOG.errorf("Lab reset step %s failed: HTTP %d %s", path, response.getStatus(),
                    response.readEntity(String.class));
        }
    }
}
