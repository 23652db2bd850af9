package net.cobaltline.inventory.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.model.dashboard.SubscriptionPayload;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "dashboard-api")
@RegisterClientHeaders(DashboardAuthHeadersFactory.class)
@Path("/accounts/{accountId}/subscriptions")
@Produces(MediaType.APPLICATION_XML)
@Consumes(MediaType.APPLICATION_XML)
public interface DashboardSubscriptionsClient {

    @POST
    Response create(@PathParam("accountId") String accountId, SubscriptionPayload subscription);

    @GET
    @Path("/{subscriptionId}")
    SubscriptionPayload get(@PathParam("accountId") String accountId,
                            @PathParam("subscriptionId") String subscriptionId);

    @DELETE
    @Path("/{subscriptionId}")
    Response delete(@PathParam("accountId") String accountId,
                    @PathParam("subscriptionId") String subscriptionId);
}
