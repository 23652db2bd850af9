package com.harborline.numbering.dashboard;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Hosted messaging (SMS on numbers whose voice stays with another carrier).
 */
@RegisterRestClient(configKey = "iris")
@Consumes(MediaType.APPLICATION_XML)
@Produces(MediaType.APPLICATION_XML)
public interface IrisHostedMessagingClient {

    @POST
    @Path("/accounts/{accountId}/importTnOrders")
    Response createImportOrder(@PathParam("accountId") String accountId, String importTnOrderXml);

    @GET
    @Path("/accounts/{accountId}/importTnOrders/{orderId}/history")
    String importOrderHistory(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);

    @POST
    @Path("/accounts/{accountId}/importTnChecker")
    String checkImportable(@PathParam("accountId") String accountId, String importTnCheckerXml);

    @POST
    @Path("/accounts/{accountId}/externalTns")
    Response createExternalTnsOrder(@PathParam("accountId") String accountId, String externalTnsOrderXml);

    @GET
    @Path("/accounts/{accountId}/importTnOrders/messaging")
    String listMessagingImportOrders(@PathParam("accountId") String accountId,
                                     @QueryParam("createdDateFrom") String from);
}
