package com.cobaltline.numbering.callbacks;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.cobaltline.numbering.model.NotificationPayload;

/**
 * Receives Dashboard subscription callbacks. Published by callbacks.xml under
 * {@code /cxf/api/callbacks}; basic auth is checked by the JAAS realm in front of it.
 */
@Path("/dashboard")
public class DashboardCallbackResource {

    private final OrderNotificationHandler orders;
    private final PortInNotificationHandler portIns;

    public DashboardCallbackResource(OrderNotificationHandler orders, PortInNotificationHandler portIns) {
        this.orders = orders;
        this.portIns = portIns;
    }

    @POST
    @Path("/orders")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response orderNotification(NotificationPayload notification) {
        orders.handle(notification);
        return Response.ok().build();
    }

    @POST
    @Path("/portins")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response portInNotification(NotificationPayload notification) {
        portIns.handle(notification);
        return Response.ok().build();
    }

    @GET
    @Path("/ping")
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "ok";
    }
}
