package net.kestrelvoice.numbering.dashboard.api;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.dashboard.model.ExternalTnsOrderPayload;

/**
 * Messaging on numbers hosted at another carrier ({@code /accounts/{accountId}/externalTns}).
 * The body is an ExternalTnsOrder with Action IMPORT or REMOVE.
 */
@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface ExternalTnsApi {

    @POST
    @Path("/externalTns")
    Response submit(@PathParam("accountId") String accountId, ExternalTnsOrderPayload order);

    @GET
    @Path("/externalTns/{orderId}")
    ExternalTnsOrderPayload get(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);
}
