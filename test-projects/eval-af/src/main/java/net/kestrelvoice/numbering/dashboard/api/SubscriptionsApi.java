package net.kestrelvoice.numbering.dashboard.api;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.dashboard.model.SubscriptionPayload;

@Path("/accounts/{accountId}/subscriptions")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface SubscriptionsApi {

    @POST
    Response create(@PathParam("accountId") String accountId, SubscriptionPayload subscription);

    @GET
    Response list(@PathParam("accountId") String accountId);

    @DELETE
    @Path("{subscriptionId}")
    Response delete(@PathParam("accountId") String accountId, @PathParam("subscriptionId") String subscriptionId);
}
