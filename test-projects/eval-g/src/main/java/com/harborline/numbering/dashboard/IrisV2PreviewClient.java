package com.harborline.numbering.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Pilot client against Dashboard API v2 (quarkus.rest-client.iris-v2.url). Used
 * by the number search canary only; everything else still goes through
 * {@link IrisInventoryClient}.
 */
@RegisterRestClient(configKey = "iris-v2")
@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_XML)
public interface IrisV2PreviewClient {

    @GET
    @Path("/availableNumbers")
    String availableNumbers(@PathParam("accountId") String accountId,
                            @QueryParam("countryCodeA3") String countryCodeA3,
                            @QueryParam("areaCode") String areaCode,
                            @QueryParam("quantity") int quantity);

    @GET
    @Path("/e911Addresses")
    String e911Addresses(@PathParam("accountId") String accountId);

    @GET
    @Path("/addresses")
    String reusableAddresses(@PathParam("accountId") String accountId);
}
