package com.cobaltline.numbering.dashboard.api;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * Read side of hosted messaging orders, used by the Karaf shell commands and the NOC dashboard.
 */
@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface HostedOrdersApi {

    @GET
    @Path("/importTnOrders/{orderId}/history")
    String importHistory(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);

    @GET
    @Path("/removeImportedTnOrders/{orderId}")
    String removal(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);

    @GET
    @Path("/externalTns/{orderId}")
    String externalTnsOrder(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);

    @POST
    @Path("/importTnChecker")
    String checkImportable(@PathParam("accountId") String accountId, String importTnCheckerPayload);
}
