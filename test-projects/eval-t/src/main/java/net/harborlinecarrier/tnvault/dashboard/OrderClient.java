package net.harborlinecarrier.tnvault.dashboard;

import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.ORDERS;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import net.harborlinecarrier.tnvault.dashboard.xml.OrderResponseXml;
import net.harborlinecarrier.tnvault.dashboard.xml.OrderXml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** New-number orders. */
public class OrderClient {

    private static final Logger LOG = LoggerFactory.getLogger(OrderClient.class);

    private final WebTarget account;
    private final String siteId;
    private final String sipPeerId;

    public OrderClient(WebTarget account, String siteId, String sipPeerId) {
        this.account = account;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    /** Orders specific numbers (the customer picked them from a search). Returns the order id. */
    public String orderNumbers(List<String> tns, String customerOrderId) {
        OrderXml order = OrderXml.builder()
                .customerOrderId(customerOrderId)
                .siteId(siteId)
                .peerId(sipPeerId)
                .partialAllowed(false)
                .existingNumbers(tns)
                .build();
        return submit(order);
    }

    /** Orders {@code quantity} numbers anywhere in an area code. */
    public String orderByAreaCode(String areaCode, int quantity, String customerOrderId) {
        OrderXml order = OrderXml.builder()
                .customerOrderId(customerOrderId)
                .siteId(siteId)
                .peerId(sipPeerId)
                .partialAllowed(true)
                .byAreaCode(areaCode, quantity)
                .build();
        return submit(order);
    }

    public OrderResponseXml get(String orderId) {
        return account.path(ORDERS).path(orderId)
                .request(MediaType.APPLICATION_XML)
                .get(OrderResponseXml.class);
    }

    private String submit(OrderXml order) {
        try (Response response = account.path(ORDERS)
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(XmlCodec.write(order), MediaType.APPLICATION_XML))) {
            if (response.getStatus() >= 300) {
                throw new DashboardException("create order", response.getStatus(), response.readEntity(String.class));
            }
            String location = response.getHeaderString("Location");
            String orderId = location.substring(location.lastIndexOf('/') + 1);
            LOG.info("order {} accepted for customer order {}", orderId, order.customerOrderId);
            return orderId;
        }
    }
}
