package net.cobaltline.inventory.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * Bandwidth Messaging API v2, used to text customers when their numbers go live.
 * Not part of the Dashboard: base URL is {@code https://messaging.bandwidth.com/api/v2}.
 */
@RegisterRestClient(configKey = "bw-messaging")
@Path("/users/{accountId}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MessagingApiClient {

    @POST
    Response send(@PathParam("accountId") String accountId,
                  @HeaderParam("Authorization") String authorization,
                  OutboundMessage message);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OutboundMessage(String applicationId, List<String> to, String from, String text, String tag) {
    }
}
