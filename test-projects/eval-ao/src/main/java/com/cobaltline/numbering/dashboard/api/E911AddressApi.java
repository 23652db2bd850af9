package com.cobaltline.numbering.dashboard.api;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.cobaltline.numbering.model.E911Address;

/**
 * CXF proxy used by the self-care portal flow (see dashboard.xml, bean e911Proxy).
 */
@Path("/accounts/{accountId}/addresses")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface E911AddressApi {

    @POST
    Response create(@PathParam("accountId") String accountId, E911Address address);

    @GET
    @Path("/{addressId}")
    E911Address get(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);

    @DELETE
    @Path("/{addressId}")
    Response delete(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);
}
