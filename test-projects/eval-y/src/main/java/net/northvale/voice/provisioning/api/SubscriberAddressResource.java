package net.northvale.voice.provisioning.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.api.dto.ServiceAddressDto;
import net.northvale.voice.provisioning.service.E911Service;
import net.northvale.voice.provisioning.service.NumberFormats;

/**
 * {@code PUT /api/subscribers/{billingAccount}/lines/{tn}/addresses}: the portal's "update my 911
 * address" form.
 */
@Path("/subscribers/{billingAccount}/lines/{tn}/addresses")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SubscriberAddressResource {

    @Inject
    E911Service e911;

    @PUT
    public Response update(@PathParam("billingAccount") String billingAccount,
                           @PathParam("tn") String tn,
                           ServiceAddressDto address) {
        String addressId = e911.register(NumberFormats.toNational(tn), address);
        return Response.ok("{\"addressId\":\"" + addressId + "\"}").build();
    }
}
