package net.lumivox.numbering.callback;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.lumivox.numbering.persistence.NumberDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the order callbacks of the Dashboard subscription "orders".
 */
@Path("callbacks/iris/orders")
public class OrderNotificationResource {

    private static final Logger LOG = LoggerFactory.getLogger(OrderNotificationResource.class);

    private final NotificationParser parser;
    private final NumberDao dao;

    public OrderNotificationResource(NotificationParser parser, NumberDao dao) {
        this.parser = parser;
        this.dao = dao;
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response onNotification(String body) {
        Notification notification = parser.parse(body);
        if (!"COMPLETE".equals(notification.status())) {
            LOG.info("Order {} is {}: {}", notification.orderId(), notification.status(), notification.message());
            return Response.ok().build();
        }
        if (notification.customerOrderId() != null && notification.customerOrderId().substring(0, 3).equals("NOC")) {
            LOG.debug("Ignoring NOC smoke order {}", notification.orderId());
            return Response.ok().build();
        }
        for (String tn : notification.completedNumbers()) {
            if (tn.length() != 10) {
                LOG.warn("Skipping malformed number {} in order {}", tn, notification.orderId());
                continue;
            }
            dao.activate(tn, notification.orderId());
        }
        return Response.ok().build();
    }
}
