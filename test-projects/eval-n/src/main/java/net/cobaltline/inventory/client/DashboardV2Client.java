package net.cobaltline.inventory.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.model.dashboard.E911AddressPayload;
import net.cobaltline.inventory.model.dashboard.ImportTnOrderPayload;
import net.cobaltline.inventory.model.dashboard.InserviceNumbersResponse;
import net.cobaltline.inventory.model.dashboard.RemoveImportedTnOrderPayload;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * v2 pilot (INV-1187): the calls already moved to {@code /api/v2}, behind {@code dashboard.v2-pilot}.
 */
@RegisterRestClient(configKey = "dashboard-v2")
@RegisterClientHeaders(DashboardAuthHeadersFactory.class)
@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface DashboardV2Client {

    @GET
    @Path("/e911Addresses")
    E911AddressPayload.Addresses listE911Addresses(@PathParam("accountId") String accountId,
                                                   @QueryParam("page") int page,
                                                   @QueryParam("size") int size);

    @POST
    @Path("/importTnOrders/messaging")
    Response importForMessaging(@PathParam("accountId") String accountId, ImportTnOrderPayload order);

    @POST
    @Path("/removeImportedTnOrders/messaging")
    Response removeFromMessaging(@PathParam("accountId") String accountId, RemoveImportedTnOrderPayload order);

    @GET
    @Path("/inserviceNumbers")
    InserviceNumbersResponse inservice(@PathParam("accountId") String accountId,
                                       @QueryParam("countryCodeA3") String countryCodeA3,
                                       @QueryParam("areaCode") String areaCode);
}
