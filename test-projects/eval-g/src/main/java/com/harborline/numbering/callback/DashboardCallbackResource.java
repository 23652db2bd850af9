package com.harborline.numbering.callback;

import com.harborline.numbering.config.ObjectMappers;
import com.harborline.numbering.dto.OrderNotification;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Receives Dashboard subscription callbacks (registered by SubscriptionService).
 * Public URL: https://hooks.harborline.io/api/callbacks/dashboard
 */
@Path("/api/callbacks/dashboard")
public class DashboardCallbackResource {

    private static final Logger LOG = Logger.getLogger(DashboardCallbackResource.class.getName());

    @Inject
    NotificationProcessor processor;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response receive(String body, @HeaderParam("Authorization") String authorization) {
        OrderNotification notification;
        try {
            notification = ObjectMappers.XML.readValue(body, OrderNotification.class);
        } catch (IOException e) {
            LOG.warning("Unparseable Dashboard callback: " + e.getMessage());
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        List<String> unmatched = processor.apply(notification);
        if (!unmatched.isEmpty()) {
            LOG.warning("Callback for order " + notification.getOrderId() + " had unknown numbers " + unmatched);
        }
        return Response.ok().build();
    }
}
