package com.harborline.numbering.dashboard;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Per-number settings on a location (SIP peer).
 */
@RegisterRestClient(configKey = "iris")
@Path("/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}")
@Consumes(MediaType.APPLICATION_XML)
@Produces(MediaType.APPLICATION_XML)
public interface IrisSipPeerClient {

    @GET
    @Path("/tns")
    String listTns(@PathParam("accountId") String accountId,
                   @PathParam("siteId") String siteId,
                   @PathParam("peerId") String peerId);

    @PUT
    @Path("/tns/{tn}")
    Response updateTn(@PathParam("accountId") String accountId,
                      @PathParam("siteId") String siteId,
                      @PathParam("peerId") String peerId,
                      @PathParam("tn") String tn,
                      String sipPeerTelephoneNumberXml);
}
