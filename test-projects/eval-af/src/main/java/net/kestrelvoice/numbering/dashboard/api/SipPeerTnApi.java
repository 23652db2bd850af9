package net.kestrelvoice.numbering.dashboard.api;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.dashboard.model.SipPeerTelephoneNumberPayload;

/** Per-number settings on a SIP peer (location). */
@Path("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface SipPeerTnApi {

    @GET
    @Path("{tn}")
    SipPeerTelephoneNumberPayload get(@PathParam("accountId") String accountId,
                                      @PathParam("siteId") String siteId,
                                      @PathParam("sipPeerId") String sipPeerId,
                                      @PathParam("tn") String tn);

    @PUT
    @Path("{tn}")
    Response update(@PathParam("accountId") String accountId,
                    @PathParam("siteId") String siteId,
                    @PathParam("sipPeerId") String sipPeerId,
                    @PathParam("tn") String tn,
                    SipPeerTelephoneNumberPayload settings);
}
