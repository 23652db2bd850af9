package io.kestrelvoice.numbering.dashboard.api;

import java.util.List;

import io.kestrelvoice.numbering.dashboard.DashboardPaths;
import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.model.ImportTnOrder;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;

/**
 * Hosted messaging: numbers whose voice stays with another carrier but whose SMS we serve.
 */
public class HostedMessagingClient {

    private final DashboardRestClient rest;
    private final String siteId;
    private final String sipPeerId;

    public HostedMessagingClient(DashboardRestClient rest, String siteId, String sipPeerId) {
        this.rest = rest;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    /** Checks that the numbers can be imported at all (carrier, rate center, existing orders). */
    public String checkImportable(List<String> tns) {
        StringBuilder xml = new StringBuilder("<ImportTnCheckerPayload><TelephoneNumbers>");
        tns.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers></ImportTnCheckerPayload>");
        return rest.post(rest.urls().account(DashboardPaths.IMPORT_TN_CHECKER), xml.toString());
    }

    public String importNumbers(ImportTnOrder order) {
        String response = rest.post(rest.urls().account(DashboardPaths.IMPORT_TN_ORDERS), order.toXml());
        return TelephoneNumberXml.element(response, "OrderId");
    }

    public String importStatus(String orderId) {
        String body = rest.get(rest.urls().account(DashboardPaths.IMPORT_TN_ORDERS) + "/" + orderId);
        return TelephoneNumberXml.element(body, "ProcessingStatus");
    }

    public String importHistory(String orderId) {
        return rest.get(rest.urls().account() + "/importTnOrders/" + orderId + "/history");
    }

    /** Voice-only imports go through the dedicated route. */
    public String importVoiceNumbers(ImportTnOrder order) {
        String response = rest.post(rest.urls().account("/importTnOrders/voice"), order.toXml());
        return TelephoneNumberXml.element(response, "OrderId");
    }

    public String removeNumbers(String customerOrderId, List<String> tns) {
        StringBuilder xml = new StringBuilder("<RemoveImportedTnOrder>");
        xml.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        xml.append("<TelephoneNumbers>");
        tns.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers></RemoveImportedTnOrder>");
        String response = rest.post(rest.urls().account(DashboardPaths.REMOVE_IMPORTED_TN_ORDERS), xml.toString());
        return TelephoneNumberXml.element(response, "OrderId");
    }

    public String removalStatus(String orderId) {
        String body = rest.get("%s/removeImportedTnOrders/%s".formatted(rest.urls().account(), orderId));
        return TelephoneNumberXml.element(body, "ProcessingStatus");
    }

    /** Numbers still registered through the old external TNs flow. */
    public List<String> externalTns() {
        String url = rest.urls().account() + DashboardPaths.EXTERNAL_TNS + "?siteId=" + siteId + "&sipPeerId=" + sipPeerId;
        return TelephoneNumberXml.telephoneNumbers(rest.get(url));
    }

    public String removeExternalTns(String customerOrderId, List<String> tns) {
        StringBuilder xml = new StringBuilder("<ExternalTnsOrder>");
        xml.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        xml.append("<SiteId>").append(siteId).append("</SiteId>");
        xml.append("<SipPeerId>").append(sipPeerId).append("</SipPeerId>");
        xml.append("<Action>REMOVE</Action><TelephoneNumbers>");
        tns.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers></ExternalTnsOrder>");
        return rest.post(rest.urls().account("/externalTns"), xml.toString());
    }
}
