package net.harbourline.numberdesk.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import net.harbourline.numberdesk.model.E911AddressBody;
import net.harbourline.numberdesk.service.E911Service;

/** Our customers' service addresses, as exposed to the self-care portal. */
@Path("/accounts/{accountId}/addresses")
@RequestScoped
public class AddressResource {

    @EJB
    E911Service e911;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("accountId") String accountId, E911AddressBody address) {
        String id = e911.register(address);
        return Response.created(UriBuilder.fromPath("/api/accounts/{accountId}/addresses/{id}").build(accountId, id)).build();
    }

    @GET
    @Path("/{addressId}")
    @Produces(MediaType.APPLICATION_XML)
    public String get(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId) {
        return e911.fetch(addressId);
    }
}
