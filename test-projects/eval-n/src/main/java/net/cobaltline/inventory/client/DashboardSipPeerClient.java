package net.cobaltline.inventory.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.model.dashboard.SipPeerTnPayload;
import net.cobaltline.inventory.model.dashboard.TnOptionOrderPayload;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "dashboard-api")
@RegisterClientHeaders(DashboardAuthHeadersFactory.class)
@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface DashboardSipPeerClient {

    @GET
    @Path("/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}")
    SipPeerTnPayload getTn(@PathParam("accountId") String accountId,
                           @PathParam("siteId") String siteId,
                           @PathParam("sipPeerId") String sipPeerId,
                           @PathParam("tn") String tn);

    @PUT
    @Path("/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}")
    Response updateTn(@PathParam("accountId") String accountId,
                      @PathParam("siteId") String siteId,
                      @PathParam("sipPeerId") String sipPeerId,
                      @PathParam("tn") String tn,
                      SipPeerTnPayload settings);

    @POST
    @Path("/tnoptions")
    Response createTnOptionOrder(@PathParam("accountId") String accountId, TnOptionOrderPayload order);

    @GET
    @Path("/tnoptions/{orderId}")
    TnOptionOrderPayload getTnOptionOrder(@PathParam("accountId") String accountId,
                                          @PathParam("orderId") String orderId);
}
