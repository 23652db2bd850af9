package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import net.northvale.voice.provisioning.config.DashboardEndpoints;
import net.northvale.voice.provisioning.dashboard.xml.ExternalTnsOrderXml;

import java.net.URI;
import java.util.Map;

/**
 * Numbers a business customer keeps with another carrier but wants to text from. Ops calls them
 * "external TNs".
 */
@ApplicationScoped
public class ExternalTnsClient {

    private DashboardClient dashboard;

    protected ExternalTnsClient() {
    }

    @Inject
    public ExternalTnsClient(DashboardClient dashboard) {
        this.dashboard = dashboard;
    }

    public String add(ExternalTnsOrderXml order) {
        order.setAction("IMPORT");
        try (Response response = dashboard.postXml(dashboard.account().path("externalTns"), order)) {
            return DashboardClient.idFromLocation(response);
        }
    }

    /** Staging only: re-adds the Boulder lab's carrier-held numbers after an environment reset. */
    public String addLabNumbers(String customerOrderId) {
        String body = XmlTemplates.render("external-tns-lab.xml", Map.of(
                "customerOrderId", customerOrderId,
                "siteId", dashboard.settings().siteId(),
                "sipPeerId", dashboard.settings().sipPeerId()));
        try (Response response = dashboard.postXml(dashboard.account().path("externalTns"), body)) {
            return DashboardClient.idFromLocation(response);
        }
    }

    public String remove(ExternalTnsOrderXml order) {
        order.setAction("REMOVE");
        String url = dashboard.accountUrl(DashboardEndpoints.EXTERNAL_TNS);
        try (Response response = dashboard.postXml(dashboard.client().target(url), order)) {
            return DashboardClient.idFromLocation(response);
        }
    }

    public ExternalTnsOrderXml status(String orderId) {
        URI uri = UriBuilder.fromUri(dashboard.baseUrl())
                .path("accounts/{account}/externalTns/{orderId}")
                .build(dashboard.accountId(), orderId);
        return dashboard.get(dashboard.client().target(uri), ExternalTnsOrderXml.class);
    }
}
