package net.kestrelvoice.numbering.callbacks;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;

import net.kestrelvoice.numbering.events.JmsDestinations;

/**
 * Our webhook for dashboard subscriptions, published by the CXF JAX-RS server at
 * {@code https://hooks.kestrelvoice.net/api/callbacks/dashboard}. It only validates and relays;
 * processing happens in {@code OrderNotificationConsumer}.
 */
@Path("/api/callbacks/dashboard")
public class DashboardCallbackResource {

    private static final Logger log = LoggerFactory.getLogger(DashboardCallbackResource.class);

    private final JmsTemplate jms;
    private final NotificationParser parser;

    public DashboardCallbackResource(JmsTemplate jms, NotificationParser parser) {
        this.jms = jms;
        this.parser = parser;
    }

    @POST
    @Path("/orders")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response orderNotification(String body) {
        NotificationParser.Summary summary = parser.summarize(body);
        log.info("dashboard callback: order {} {} ({} numbers)", summary.orderId(), summary.status(),
                summary.numbers().size());
        jms.convertAndSend(JmsDestinations.DASHBOARD_NOTIFICATIONS, body);
        return Response.ok().build();
    }

    @POST
    @Path("/portins")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response portInNotification(String body) {
        jms.convertAndSend(JmsDestinations.DASHBOARD_NOTIFICATIONS, body);
        return Response.ok().build();
    }
}
