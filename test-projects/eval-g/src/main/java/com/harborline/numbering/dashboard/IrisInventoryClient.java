package com.harborline.numbering.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Declarative client for the Dashboard inventory endpoints (base URL: quarkus.rest-client.iris.url).
 */
@RegisterRestClient(configKey = "iris")
@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_XML)
@ClientHeaderParam(name = "Authorization", value = "{com.harborline.numbering.util.HttpSupport.basicAuthFromConfig}")
public interface IrisInventoryClient {

    @GET
    @Path("/inserviceNumbers")
    String inserviceNumbers(@PathParam("accountId") String accountId,
                            @QueryParam("areaCode") String areaCode,
                            @QueryParam("page") String page,
                            @QueryParam("size") int size);

    @GET
    @Path("/sites/{siteId}/inserviceNumbers")
    String siteInserviceNumbers(@PathParam("accountId") String accountId,
                                @PathParam("siteId") String siteId,
                                @QueryParam("areacode") String areaCode);

    @GET
    @Path("/availableNumbers")
    String availableNumbers(@PathParam("accountId") String accountId,
                            @QueryParam("areaCode") String areaCode,
                            @QueryParam("quantity") int quantity,
                            @QueryParam("enableTNDetail") boolean detail);

    @GET
    @Path("/availableNumbers")
    String availableNumbersByRateCenter(@PathParam("accountId") String accountId,
                                        @QueryParam("rateCenter") String rateCenter,
                                        @QueryParam("state") String state,
                                        @QueryParam("quantity") int quantity);

    @GET
    @Path("/tns/{tn}/tndetails")
    String tnDetails(@PathParam("accountId") String accountId, @PathParam("tn") String tn);
}
