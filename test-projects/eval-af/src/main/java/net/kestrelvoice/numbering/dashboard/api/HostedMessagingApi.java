package net.kestrelvoice.numbering.dashboard.api;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.dashboard.model.ImportTnOrderPayload;
import net.kestrelvoice.numbering.dashboard.model.RemoveImportedTnOrderPayload;

/**
 * Hosted messaging: bring customer-owned numbers onto our messaging peer and back.
 * Orders are created with {@code POST /accounts/{accountId}/importTnOrders} and undone with
 * {@code POST /accounts/{accountId}/removeImportedTnOrders}.
 */
@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface HostedMessagingApi {

    @POST
    @Path("importTnOrders")
    Response createImport(@PathParam("accountId") String accountId, ImportTnOrderPayload order);

    @GET
    @Path("importTnOrders/{orderId}")
    ImportTnOrderPayload getImport(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);

    @GET
    @Path("importTnOrders/{orderId}/history")
    Response importHistory(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);

    @POST
    @Path("removeImportedTnOrders")
    Response createRemoval(@PathParam("accountId") String accountId, RemoveImportedTnOrderPayload order);

    @POST
    @Path("importTnChecker")
    Response checkImportable(@PathParam("accountId") String accountId, String importTnCheckerPayloadXml);

    /** Voice-only imports already use the v2 route (KV-2188). */
    @POST
    @Path("importTnOrders/voice")
    Response createVoiceImport(@PathParam("accountId") String accountId, ImportTnOrderPayload order);
}
