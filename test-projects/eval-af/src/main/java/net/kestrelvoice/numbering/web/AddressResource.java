package net.kestrelvoice.numbering.web;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.provisioning.E911ProvisioningService;

/**
 * The gateway's own admin endpoint the portal calls once a customer confirms their service
 * address: {@code POST /api/accounts/{customerId}/addresses/e911?ticket=KV-123}.
 */
@Path("/api/accounts/{customerId}/addresses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AddressResource {

    private final E911ProvisioningService e911;

    public AddressResource(E911ProvisioningService e911) {
        this.e911 = e911;
    }

    @POST
    @Path("e911")
    public Response registerE911(@PathParam("customerId") String customerId, @QueryParam("ticket") String ticket) {
        String addressId = e911.provision(customerId, ticket);
        return Response.status(Response.Status.CREATED).entity("{\"carrierAddressId\":\"" + addressId + "\"}").build();
    }
}
