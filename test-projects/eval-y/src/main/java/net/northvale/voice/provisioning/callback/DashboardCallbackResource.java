package net.northvale.voice.provisioning.callback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.dashboard.xml.NotificationXml;

import java.util.logging.Logger;

/**
 * Receives the Dashboard's status callbacks (see {@code SubscriptionClient}). The Dashboard
 * retries on anything but 2xx, so failures are logged and acknowledged.
 */
@Path("/callbacks/dashboard")
@RequestScoped
@Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
public class DashboardCallbackResource {

    private static final Logger LOG = Logger.getLogger(DashboardCallbackResource.class.getName());

    @Inject
    NotificationProcessor processor;

    @POST
    @Path("/orders")
    public Response orderNotification(NotificationXml notification) {
        return handle("order", notification, processor::onOrder);
    }

    @POST
    @Path("/portins")
    public Response portInNotification(NotificationXml notification) {
        return handle("port-in", notification, processor::onPortIn);
    }

    @POST
    @Path("/imports")
    public Response importNotification(NotificationXml notification) {
        return handle("import", notification, processor::onImport);
    }

    private Response handle(String kind, NotificationXml n, java.util.function.Consumer<NotificationXml> action) {
        try {
            action.accept(n);
        } catch (RuntimeException e) {
            LOG.severe("failed to process " + kind + " callback for order " + n.getOrderId() + ": " + e);
        }
        return Response.ok().build();
    }
}
