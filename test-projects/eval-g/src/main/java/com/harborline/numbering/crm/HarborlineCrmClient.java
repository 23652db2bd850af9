package com.harborline.numbering.crm;

import com.harborline.numbering.dto.E911AddressDto;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Harborline CRM (internal service, quarkus.rest-client.crm.url).
 */
@RegisterRestClient(configKey = "crm")
@Path("/api/accounts/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
public interface HarborlineCrmClient {

    @GET
    @Path("/addresses")
    String addresses(@PathParam("accountId") String tenantId);

    @POST
    @Path("/addresses")
    @Consumes(MediaType.APPLICATION_JSON)
    void saveAddress(@PathParam("accountId") String tenantId, E911AddressDto address);

    @GET
    @Path("/prospects")
    String prospectsInAreaCode(@PathParam("accountId") String tenantId, @QueryParam("areaCode") String areaCode);
}
