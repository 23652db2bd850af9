package net.harborlinecarrier.tnvault.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import net.harborlinecarrier.tnvault.dashboard.ServiceAddressSync;

/**
 * Service addresses of a wholesale customer's trunk group, as entered in our portal.
 * {accountId} here is OUR customer account, not the Dashboard account.
 */
@Path("/api/accounts/{accountId}/addresses")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public class CustomerAddressResource {

    private final ServiceAddressSync sync;

    public CustomerAddressResource(ServiceAddressSync sync) {
        this.sync = sync;
    }

    @GET
    @Path("/{addressId}")
    public String get(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId) {
        return sync.fetch(addressId).orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    @POST
    public Response create(@PathParam("accountId") String accountId, String addressXml) {
        String dashboardLocation = sync.create(addressXml);
        String id = dashboardLocation.substring(dashboardLocation.lastIndexOf('/') + 1);
        return Response.created(URI.create("/api/accounts/" + accountId + "/addresses/" + id)).build();
    }
}
