package net.harborlinecarrier.tnvault.dashboard;

import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.TN_OPTIONS;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import net.harborlinecarrier.tnvault.dashboard.xml.TnOptionOrderXml;

/**
 * TN option orders. This is how SMS is switched for numbers on the main trunk group; the
 * hosted-messaging onboarding still goes through {@link SipPeerTnClient}.
 */
public class TnOptionsClient {

    private final WebTarget account;

    public TnOptionsClient(WebTarget account) {
        this.account = account;
    }

    public String setSms(String customerOrderId, boolean on, List<String> tns) {
        TnOptionOrderXml order = TnOptionOrderXml.sms(customerOrderId, on, tns);
        try (Response response = account.path(TN_OPTIONS)
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(XmlCodec.write(order), MediaType.APPLICATION_XML))) {
            String body = response.readEntity(String.class);
            if (response.getStatus() >= 300) {
                throw new DashboardException("tn option order", response.getStatus(), body);
            }
            return body;
        }
    }

    public String status(String orderId) {
        return account.path(TN_OPTIONS).path(orderId).request(MediaType.APPLICATION_XML).get(String.class);
    }
}
