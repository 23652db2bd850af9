package net.kestrelvoice.numbering.dashboard.api;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.dashboard.model.E911AddressPayload;

/** E911 service addresses registered with the carrier. */
@Path("/accounts/{accountId}/addresses")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface E911AddressesApi {

    @GET
    Response list(@PathParam("accountId") String accountId,
                  @QueryParam("page") int page,
                  @QueryParam("size") int size);

    @GET
    @Path("{addressId}")
    E911AddressPayload get(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);

    @POST
    Response create(@PathParam("accountId") String accountId, E911AddressPayload address);

    @DELETE
    @Path("{addressId}")
    Response delete(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);
}
