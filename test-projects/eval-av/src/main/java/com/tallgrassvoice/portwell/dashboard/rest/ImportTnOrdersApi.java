package com.tallgrassvoice.portwell.dashboard.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

@Path("/accounts/{accountId}/importTnOrders")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface ImportTnOrdersApi {

    @POST
    Response create(@PathParam("accountId") String accountId, String importTnOrderXml);

    @GET
    String list(@PathParam("accountId") String accountId, @QueryParam("status") String status);

    @GET
    @Path("/{orderId}")
    String get(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);

    @GET
    @Path("/{orderId}/history")
    String history(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);
}
