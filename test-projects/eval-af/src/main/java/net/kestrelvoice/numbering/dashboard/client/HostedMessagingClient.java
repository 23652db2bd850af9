package net.kestrelvoice.numbering.dashboard.client;

import java.util.List;

import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.client.WebClient;

import net.kestrelvoice.numbering.config.DashboardEndpoints;
import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.config.WebClientFactory;
import net.kestrelvoice.numbering.dashboard.model.ExternalTnsOrderPayload;
import net.kestrelvoice.numbering.dashboard.model.ImportTnOrderPayload;
import net.kestrelvoice.numbering.dashboard.model.RemoveImportedTnOrderPayload;

/**
 * Hosted-messaging orders for numbers whose voice service stays with another carrier
 * (the "SMS-only" product).
 */
public class HostedMessagingClient {

    private final WebClientFactory clients;
    private final DashboardSettings settings;

    public HostedMessagingClient(WebClientFactory clients) {
        this.clients = clients;
        this.settings = clients.settings();
    }

    public String importNumbers(ImportTnOrderPayload order) {
        Response response = clients.account()
                .path(DashboardEndpoints.IMPORT_TN_ORDERS)
                .post(order);
        return Responses.createdId("import TN order", response);
    }

    public String importStatus(String orderId) {
        return clients.account()
                .path("importTnOrders/{orderId}", orderId)
                .get(ImportTnOrderPayload.class)
                .getProcessingStatus();
    }

    public String removeNumbers(String customerOrderId, List<String> tns) {
        Response response = clients.account()
                .path(DashboardEndpoints.REMOVE_IMPORTED_TN_ORDERS)
                .post(new RemoveImportedTnOrderPayload(customerOrderId, tns));
        return Responses.createdId("remove imported TN order", response);
    }

    public String removalHistory(String orderId) {
        String url = settings.accountUrl() + "/removeImportedTnOrders/" + orderId + "/history";
        return clients.at(url).get(String.class);
    }

    public String enableExternal(ExternalTnsOrderPayload order) {
        Response response = clients.account()
                .path(DashboardEndpoints.EXTERNAL_TNS)
                .post(order);
        return Responses.createdId("external TNs order", response);
    }

    public ExternalTnsOrderPayload externalStatus(String orderId) {
        return WebClient.fromClient(clients.dashboard())
                .path("accounts/{accountId}/externalTns/{orderId}", settings.getAccountId(), orderId)
                .get(ExternalTnsOrderPayload.class);
    }

    /** Pre-flight: can these numbers be imported at all? */
    public String checkImportable(String importTnCheckerXml) {
        return clients.account()
                .path(DashboardEndpoints.IMPORT_TN_CHECKER)
                .post(importTnCheckerXml, String.class);
    }

    /** Status of an order placed by the v2 canary (already on the messaging route). */
    public String messagingImportStatus(String orderId) {
        String url = settings.accountUrl() + "/importTnOrders/messaging/" + orderId;
        return clients.at(url).get(String.class);
    }
}
