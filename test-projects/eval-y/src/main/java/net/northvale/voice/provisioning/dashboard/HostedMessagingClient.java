package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.config.DashboardEndpoints;
import net.northvale.voice.provisioning.dashboard.xml.ImportTnOrderXml;

import java.util.List;
import java.util.logging.Logger;

/**
 * Hosted messaging: SMS-enables numbers whose voice service stays with us. Business-class
 * customers use it to text from their main line.
 */
@ApplicationScoped
public class HostedMessagingClient {

    private static final Logger LOG = Logger.getLogger(HostedMessagingClient.class.getName());

    private DashboardClient dashboard;

    protected HostedMessagingClient() {
    }

    @Inject
    public HostedMessagingClient(DashboardClient dashboard) {
        this.dashboard = dashboard;
    }

    /** Submits the import and returns the Dashboard order id. */
    public String submitImport(ImportTnOrderXml order) {
        WebTarget target = dashboard.account().path("importTnOrders");
        try (Response response = dashboard.postXml(target, order)) {
            String orderId = DashboardClient.idFromLocation(response);
            LOG.info(() -> "importTnOrders accepted " + order.getTelephoneNumbers().size() + " numbers as " + orderId);
            return orderId;
        }
    }

    public ImportTnOrderXml getImport(String orderId) {
        WebTarget target = dashboard.account().path(DashboardEndpoints.IMPORT_TN_ORDERS).path(orderId);
        return dashboard.get(target, ImportTnOrderXml.class);
    }

    public String importHistory(String orderId) {
        String path = String.format("/accounts/%s/importTnOrders/%s/history", dashboard.accountId(), orderId);
        return dashboard.get(dashboard.root().path(path), String.class);
    }

    public String removeImported(String customerOrderId, List<String> tns) {
        String body = """
                <RemoveImportedTnOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <TelephoneNumbers>
                %s    </TelephoneNumbers>
                </RemoveImportedTnOrder>
                """.formatted(XmlSnippets.escape(customerOrderId), XmlSnippets.telephoneNumbers(tns));
        try (Response response = dashboard.account()
                .path("removeImportedTnOrders")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(body, MediaType.APPLICATION_XML_TYPE))) {
            dashboard.check(response);
            return DashboardClient.idFromLocation(response);
        }
    }

    public String removalStatus(String orderId) {
        String url = dashboard.accountUrl(DashboardEndpoints.REMOVE_IMPORTED_TN_ORDERS + "/" + orderId);
        return dashboard.get(dashboard.client().target(url), String.class);
    }

    /**
     * Voice-side imports are only available on v2; the pilot account ({@code hosted.voice-import})
     * already uses it.
     */
    public String submitVoiceImport(ImportTnOrderXml order) {
        WebTarget target = dashboard.client()
                .target("https://dashboard.bandwidth.com/api/v2")
                .path("accounts").path(dashboard.accountId())
                .path("importTnOrders").path("voice");
        try (Response response = dashboard.postXml(target, order)) {
            return DashboardClient.idFromLocation(response);
        }
    }

    /** Pre-check before an import; not affected by the messaging split. */
    public String checkPortability(List<String> tns) {
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>\n" + XmlSnippets.telephoneNumbers(tns)
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        WebTarget target = dashboard.client().target(dashboard.accountUrl(DashboardEndpoints.IMPORT_TN_CHECKER));
        try (Response response = dashboard.postXml(target, body)) {
            return response.readEntity(String.class);
        }
    }
}
