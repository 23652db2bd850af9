package com.tallgrassvoice.portwell.dashboard;

import java.net.URI;
import java.util.List;
import javax.ws.rs.core.UriBuilder;

/** External TNs: numbers hosted elsewhere for voice that we enable for messaging. */
public class ExternalTnsClient {

    private final DashboardHttp http;
    private final String siteId;
    private final String peerId;

    public ExternalTnsClient(DashboardHttp http, String siteId, String peerId) {
        this.http = http;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    static String orderXml(String customerOrderId, String siteId, String peerId, String action, List<String> tns) {
        StringBuilder xml = new StringBuilder();
        xml.append("<ExternalTnsOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<SiteId>").append(siteId).append("</SiteId>")
                .append("<SipPeerId>").append(peerId).append("</SipPeerId>")
                .append("<Action>").append(action).append("</Action>")
                .append("<LoaType>CARRIER</LoaType>")
                .append("<TelephoneNumbers>");
        for (String tn : tns) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        return xml.append("</TelephoneNumbers></ExternalTnsOrder>").toString();
    }

    public String importNumbers(String customerOrderId, List<String> tns) {
        String body = orderXml(customerOrderId, siteId, peerId, "IMPORT", tns);
        return http.post(http.accountPath() + "/externalTns", body).body();
    }

    public String removeNumbers(String customerOrderId, List<String> tns) {
        String body = orderXml(customerOrderId, siteId, peerId, "REMOVE", tns);
        return http.post(String.format("/accounts/%s/externalTns", http.accountId()), body).body();
    }

    public URI orderStatusUri(String orderId) {
        return UriBuilder.fromUri(http.baseUrl())
                .path("accounts/{accountId}/externalTns/{orderId}")
                .build(http.accountId(), orderId);
    }

    /** Re-imports the two numbers of the NOC test phone after a site rebuild. */
    public String importNocLine() {
        String body = """
                <ExternalTnsOrder>
                  <CustomerOrderId>noc-test-line</CustomerOrderId>
                  <SiteId>%s</SiteId>
                  <SipPeerId>%s</SipPeerId>
                  <Action>IMPORT</Action>
                  <LoaType>CARRIER</LoaType>
                  <TelephoneNumbers>
                    <TelephoneNumber>7045550160</TelephoneNumber>
                    <TelephoneNumber>7045550161</TelephoneNumber>
                  </TelephoneNumbers>
                </ExternalTnsOrder>
                """.formatted(siteId, peerId);
        return http.post(http.accountPath("externalTns"), body).body();
    }
}
