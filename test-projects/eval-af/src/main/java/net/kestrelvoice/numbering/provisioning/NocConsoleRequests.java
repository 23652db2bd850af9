package net.kestrelvoice.numbering.provisioning;

import java.util.Map;

import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.config.WebClientFactory;
import net.kestrelvoice.numbering.util.XmlTemplates;

/**
 * Canned requests the NOC can fire from the admin console (lab numbers, re-imports after a
 * carrier incident). Bodies are the XML templates; paths are configured in
 * applicationContext.xml so ops can change them without a release.
 */
public class NocConsoleRequests {

    private final WebClientFactory clients;
    private final DashboardSettings settings;
    private String importPath;
    private String externalTnsPath;
    private String sipPeerTnPath;

    public NocConsoleRequests(WebClientFactory clients) {
        this.clients = clients;
        this.settings = clients.settings();
    }

    public void setImportPath(String importPath) {
        this.importPath = importPath;
    }

    public void setExternalTnsPath(String externalTnsPath) {
        this.externalTnsPath = externalTnsPath;
    }

    public void setSipPeerTnPath(String sipPeerTnPath) {
        this.sipPeerTnPath = sipPeerTnPath;
    }

    public Response orderLabNumbers(String ticket) {
        String body = XmlTemplates.render(XmlTemplates.ORDER, Map.of(
                "customerOrderId", ticket,
                "siteId", settings.getSiteId(),
                "sipPeerId", settings.getSipPeerId()));
        return clients.account().path("orders").post(body);
    }

    public Response reimportBrandNumbers(String ticket, String tn, String businessName) {
        String body = XmlTemplates.render(XmlTemplates.IMPORT_TN_ORDER, Map.of(
                "customerOrderId", ticket,
                "siteId", settings.getSiteId(),
                "sipPeerId", settings.getSipPeerId(),
                "businessName", businessName,
                "loaPerson", businessName,
                "tn", tn));
        return clients.dashboard().path(importPath).post(body);
    }

    public Response enableExternalMessaging(String ticket) {
        String body = XmlTemplates.render(XmlTemplates.EXTERNAL_TNS_ORDER, Map.of(
                "customerOrderId", ticket,
                "siteId", settings.getSiteId(),
                "sipPeerId", settings.getSipPeerId()));
        return clients.dashboard().path(externalTnsPath).post(body);
    }

    public Response resetNumber(String tn, String forwardTo, boolean sms) {
        String body = XmlTemplates.render(XmlTemplates.SIPPEER_TN, Map.of(
                "tn", tn,
                "forward", forwardTo,
                "smsEnabled", Boolean.toString(sms)));
        return clients.dashboard().path(sipPeerTnPath + tn).put(body);
    }

    public Response smsViaTnOptions(String ticket) {
        String body = XmlTemplates.render(XmlTemplates.TN_OPTION_ORDER, Map.of("customerOrderId", ticket));
        return clients.account().path("tnoptions").post(body);
    }

    public Response resubscribe(String expiryEpochSeconds) {
        String body = XmlTemplates.render(XmlTemplates.SUBSCRIPTION, Map.of(
                "callbackUrl", settings.getCallbackUrl(),
                "expiry", expiryEpochSeconds));
        return clients.account().path("subscriptions").post(body);
    }

    public Response requestAuditReport(String reportId) {
        String body = XmlTemplates.render(XmlTemplates.REPORT_INSTANCE, Map.of("account", settings.getAccountId()));
        return clients.account().path("reports").path(reportId).path("instances").post(body);
    }
}
