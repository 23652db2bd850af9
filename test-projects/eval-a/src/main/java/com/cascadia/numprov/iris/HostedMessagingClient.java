package com.cascadia.numprov.iris;

import com.cascadia.numprov.domain.ImportTnOrder;

import java.util.List;

import static com.cascadia.numprov.iris.IrisPaths.*;

/**
 * Hosted messaging: numbers whose voice stays with another carrier but whose SMS we terminate
 * through Bandwidth.
 */
public class HostedMessagingClient {

    private final IrisHttp http;
    private final String siteId;
    private final String sipPeerId;

    public HostedMessagingClient(IrisHttp http, String siteId, String sipPeerId) {
        this.http = http;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    /** Checks which numbers can be imported before we ask the customer for an LOA. */
    public String checkImportable(List<String> externalTns) {
        String url = AccountResource.IMPORT_TN_CHECKER.url(http.baseUrl(), http.accountId());
        return http.post(url, "<ImportTnCheckerPayload><TelephoneNumbers>" + tnElements(externalTns)
                + "</TelephoneNumbers></ImportTnCheckerPayload>");
    }

    public String importNumbers(List<String> tns, String loaPerson) {
        ImportTnOrder order = ImportTnOrder.Create(siteId, sipPeerId, tns);
        String url = http.baseUrl() + ACCOUNTS + http.accountId() + IMPORT_TN_ORDERS;
        String xml = """
                <ImportTnOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>%s</SiteId>
                    <SipPeerId>%s</SipPeerId>
                    <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
                    <LoaType>CARRIER</LoaType>
                    <TelephoneNumbers>%s</TelephoneNumbers>
                </ImportTnOrder>
                """.formatted(order.customerOrderId(), order.siteId(), order.sipPeerId(),
                XmlSupport.escape(loaPerson), tnElements(order.telephoneNumbers()));
        return http.post(url, xml);
    }

    public String importOrder(String orderId) {
        return http.get(String.format("%s/accounts/%s/importTnOrders/%s", http.baseUrl(), http.accountId(), orderId));
    }

    public String importOrderHistory(String orderId) {
        return http.get(http.baseUrl() + ACCOUNTS + http.accountId() + "/importTnOrders/" + orderId + HISTORY);
    }

    public String removeNumbers(String customerOrderId, List<String> tns) {
        String url = AccountResource.REMOVE_IMPORTED_TN_ORDERS.url(http.baseUrl(), http.accountId());
        StringBuilder xml = new StringBuilder("<RemoveImportedTnOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<TelephoneNumbers>").append(tnElements(tns)).append("</TelephoneNumbers>")
                .append("</RemoveImportedTnOrder>");
        return http.post(url, xml.toString());
    }

    /**
     * Pre-2021 flow (POST /accounts/{id}/externalTns), still used by the bulk-onboarding CLI for
     * carriers that send CSVs.
     */
    public String externalTnsOrder(List<String> tns, boolean remove) {
        String url = AccountResource.EXTERNAL_TNS.url(http.baseUrl(), http.accountId());
        String xml = "<ExternalTnsOrder><CustomerOrderId>bulk-" + System.currentTimeMillis() + "</CustomerOrderId>"
                + "<SiteId>" + siteId + "</SiteId><SipPeerId>" + sipPeerId + "</SipPeerId>"
                + "<Action>" + (remove ? "REMOVE" : "IMPORT") + "</Action>"
                + "<TelephoneNumbers>" + tnElements(tns) + "</TelephoneNumbers></ExternalTnsOrder>";
        return http.post(url, xml);
    }

    public String externalTnsOrderStatus(String orderId) {
        return http.get(http.baseUrl() + "/accounts/" + http.accountId() + "/externalTns/" + orderId);
    }

    private static String tnElements(List<String> tns) {
        StringBuilder sb = new StringBuilder();
        for (String tn : tns) {
            sb.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        return sb.toString();
    }
}
