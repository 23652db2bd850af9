package net.harborlinecarrier.tnvault.dashboard;

import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.EXTERNAL_TNS;
import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.IMPORT_TN_CHECKER;
import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.IMPORT_TN_ORDERS;
import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.REMOVE_IMPORTED_TN_ORDERS;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import net.harborlinecarrier.tnvault.dashboard.xml.ExternalTnsOrderXml;
import net.harborlinecarrier.tnvault.dashboard.xml.ImportTnOrderXml;
import net.harborlinecarrier.tnvault.dashboard.xml.RemoveImportedTnOrderXml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosted messaging: SMS on numbers whose voice service stays with another carrier.
 * Wholesale customers bring these in batches through /api/hosted-messaging.
 */
public class HostedMessagingClient {

    private static final Logger LOG = LoggerFactory.getLogger(HostedMessagingClient.class);

    private final WebTarget account;

    public HostedMessagingClient(WebTarget account) {
        this.account = account;
    }

    public String importForMessaging(ImportTnOrderXml order) {
        return post(account.path(IMPORT_TN_ORDERS), order, "import TN order");
    }

    public ImportTnOrderXml getImport(String orderId) {
        String xml = account.path("importTnOrders").path(orderId)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
        return XmlCodec.read(xml, ImportTnOrderXml.class);
    }

    public String importHistory(String orderId) {
        return account.path("importTnOrders/" + orderId + "/history")
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    /** Voice-side import for the SIP trunking product; added with the 2024 voice onboarding. */
    public String importForVoice(ImportTnOrderXml order) {
        return post(account.path("importTnOrders").path("voice"), order, "voice import TN order");
    }

    public String removeFromMessaging(String customerOrderId, List<String> tns) {
        RemoveImportedTnOrderXml order = new RemoveImportedTnOrderXml(customerOrderId, tns);
        return post(account.path(REMOVE_IMPORTED_TN_ORDERS), order, "remove imported TN order");
    }

    /** Pre-flight: can these numbers be hosted at all? */
    public String checkPortability(List<String> tns) {
        StringBuilder xml = new StringBuilder("<ImportTnCheckerPayload><TelephoneNumbers>");
        for (String tn : tns) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumbers></ImportTnCheckerPayload>");
        try (Response response = account.path(IMPORT_TN_CHECKER)
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(xml.toString(), MediaType.APPLICATION_XML))) {
            return response.readEntity(String.class);
        }
    }

    /** Older customers still send ExternalTns orders; kept until they move to import orders. */
    public String registerExternal(ExternalTnsOrderXml order) {
        return post(account.path(EXTERNAL_TNS), order, "external TNs order");
    }

    public String externalOrderStatus(String orderId) {
        return account.path("externalTns").path(orderId)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    private String post(WebTarget target, Object payload, String operation) {
        String body = XmlCodec.write(payload);
        try (Response response = target.request(MediaType.APPLICATION_XML)
                .post(Entity.entity(body, MediaType.APPLICATION_XML))) {
            String answer = response.readEntity(String.class);
            if (response.getStatus() >= 300) {
                throw new DashboardException(operation, response.getStatus(), answer);
            }
            LOG.info("{} accepted by {}", operation, target.getUri());
            return answer;
        }
    }
}
