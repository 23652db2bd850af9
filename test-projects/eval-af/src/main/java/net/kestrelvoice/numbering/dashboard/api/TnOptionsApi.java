package net.kestrelvoice.numbering.dashboard.api;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.dashboard.model.TnOptionOrderPayload;

@Path("/accounts/{accountId}/tnoptions")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface TnOptionsApi {

    @POST
    Response create(@PathParam("accountId") String accountId, TnOptionOrderPayload order);

    @GET
    @Path("{orderId}")
    TnOptionOrderPayload get(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);
}
