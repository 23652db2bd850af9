package com.harborline.numbering.web;

import com.harborline.numbering.crm.HarborlineCrmClient;
import com.harborline.numbering.dto.E911AddressDto;
import com.harborline.numbering.service.E911AddressService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Emergency (service) addresses of a tenant, as seen in the Harborline portal.
 */
@Path("/api/tenants/{tenantId}/addresses")
@Produces(MediaType.APPLICATION_JSON)
public class TenantAddressResource {

    @Inject
    @RestClient
    HarborlineCrmClient crm;

    @Inject
    E911AddressService e911;

    @GET
    public String list(@PathParam("tenantId") String tenantId) {
        return crm.addresses(tenantId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("tenantId") String tenantId, E911AddressDto address) throws Exception {
        if (!e911.validate(address)) {
            return Response.status(422).entity("{\"error\":\"address not deliverable\"}").build();
        }
        crm.saveAddress(tenantId, address);
        return Response.accepted().build();
    }
}
