package net.cobaltline.inventory.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.model.dashboard.ExternalTnsOrderPayload;
import net.cobaltline.inventory.model.dashboard.ImportTnOrderPayload;
import net.cobaltline.inventory.model.dashboard.RemoveImportedTnOrderPayload;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Hosted messaging: bringing numbers we do not own at Bandwidth onto the messaging platform.
 * Uses its own config key because the import endpoints were whitelisted on the old host first.
 */
@RegisterRestClient(configKey = "dashboard-import")
@RegisterClientHeaders(DashboardAuthHeadersFactory.class)
@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface DashboardImportClient {

    @POST
    @Path("/importTnOrders")
    Response createImportOrder(@PathParam("accountId") String accountId, ImportTnOrderPayload order);

    @GET
    @Path("/importTnOrders/{orderId}")
    ImportTnOrderPayload getImportOrder(@PathParam("accountId") String accountId,
                                        @PathParam("orderId") String orderId);

    @GET
    @Path("/importTnOrders/{orderId}/history")
    Response importOrderHistory(@PathParam("accountId") String accountId,
                                @PathParam("orderId") String orderId);

    @POST
    @Path("/removeImportedTnOrders")
    Response removeImported(@PathParam("accountId") String accountId, RemoveImportedTnOrderPayload order);

    @POST
    @Path("/importTnOrders/voice")
    Response createVoiceImportOrder(@PathParam("accountId") String accountId, ImportTnOrderPayload order);

    @POST
    @Path("/importTnChecker")
    Response checkImportable(@PathParam("accountId") String accountId, ImportTnOrderPayload numbers);

    @POST
    @Path("/externalTns")
    Response externalTns(@PathParam("accountId") String accountId, ExternalTnsOrderPayload order);

    @GET
    @Path("/externalTns/{orderId}")
    Response externalTnsOrder(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);
}
