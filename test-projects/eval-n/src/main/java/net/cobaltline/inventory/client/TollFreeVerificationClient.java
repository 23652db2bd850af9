package net.cobaltline.inventory.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(baseUri = "https://api.bandwidth.com/api/v2")
@Path("/accounts/{accountId}/tollFreeVerification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TollFreeVerificationClient {

    @POST
    @Path("/webhooks/subscriptions")
    Response subscribe(@PathParam("accountId") String accountId,
                       @HeaderParam("Authorization") String authorization,
                       WebhookSubscription subscription);

    @GET
    @Path("/webhooks/subscriptions")
    Response list(@PathParam("accountId") String accountId,
                  @HeaderParam("Authorization") String authorization);

    record WebhookSubscription(String callbackUrl, String sharedSecretKey) {
    }
}
