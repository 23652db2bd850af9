package net.lumivox.numbering.hosted;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import net.lumivox.numbering.iris.Templates;
import net.lumivox.numbering.iris.XmlBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Hosted messaging: SMS on numbers whose voice service stays with another carrier.
 */
public class HostedMessagingClient {

    private static final Logger LOG = LoggerFactory.getLogger(HostedMessagingClient.class);

    private final WebTarget account;
    private final String siteId;
    private final String sipPeerId;

    public HostedMessagingClient(WebTarget account, String siteId, String sipPeerId) {
        this.account = account;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public String importNumbers(String customerOrderId, List<String> tns) {
        String body = XmlBodies.importTnOrder(customerOrderId, siteId, sipPeerId, tns);
        LOG.info("Posting importTnOrders order {} for {} numbers", customerOrderId, tns.size());
        return account.path("importTnOrders")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(body), String.class);
    }

    public String importStatus(String orderId) {
        return account.path("importTnOrders").path(orderId)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String importHistory(String orderId) {
        return account.path("importTnOrders/{orderId}/history")
                .resolveTemplate("orderId", orderId)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String removeNumbers(String customerOrderId, List<String> tns) {
        return account.path("removeImportedTnOrders")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(XmlBodies.removeImportedTnOrder(customerOrderId, tns)), String.class);
    }

    public String removeStandardBatch(String customerOrderId) {
        String body = Templates.render("remove-imported-tn-order.xml", Map.of("customerOrderId", customerOrderId));
        return account.path("removeImportedTnOrders").path("messaging")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(body), String.class);
    }

    public String importForVoice(String customerOrderId, List<String> tns) {
        return account.path("importTnOrders").path("voice")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(XmlBodies.importTnOrder(customerOrderId, siteId, sipPeerId, tns)), String.class);
    }

    public String importForMessagingV2(String customerOrderId, List<String> tns) {
        return account.path("importTnOrders").path("messaging")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(XmlBodies.importTnOrder(customerOrderId, siteId, sipPeerId, tns)), String.class);
    }

    public String checkImportable(List<String> tns) {
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>" + String.join("", tns.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>").toList())
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        return account.path("importTnChecker")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(body), String.class);
    }

    /** Status of an order created through /externalTns by the old onboarding tool. */
    public String externalTnsStatus(String orderId) {
        return account.path("externalTns").path(orderId)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    /** Pilot customer moved over in the June batch. */
    public String importPilotCustomer() {
        String body = """
                <ImportTnOrder>
                  <CustomerOrderId>PILOT-JUNE</CustomerOrderId>
                  <SiteId>3124</SiteId>
                  <SipPeerId>518802</SipPeerId>
                  <LoaAuthorizingPerson>Dana Whitfield</LoaAuthorizingPerson>
                  <TelephoneNumbers>
                    <TelephoneNumber>9845550127</TelephoneNumber>
                  </TelephoneNumbers>
                </ImportTnOrder>
                """;
        return account.path("importTnOrders")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(body), String.class);
    }
}
