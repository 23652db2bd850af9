package com.tallgrassvoice.portwell.dashboard.rest;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** E911 service addresses: {@code GET /accounts/{accountId}/addresses} and its sub-resources. */
@Path("/accounts/{accountId}/addresses")
@Produces(MediaType.APPLICATION_XML)
public interface E911AddressesApi {

    @GET
    String list(@PathParam("accountId") String accountId,
                @QueryParam("page") Integer page,
                @QueryParam("size") Integer size);

    @GET
    @Path("/{addressId}")
    String get(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);

    @DELETE
    @Path("/{addressId}")
    Response delete(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);
}
