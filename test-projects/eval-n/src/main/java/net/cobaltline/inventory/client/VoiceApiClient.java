package net.cobaltline.inventory.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Bandwidth Voice API: places a short verification call after a port completes.
 */
@RegisterRestClient(baseUri = "https://voice.bandwidth.com/api/v2")
@Path("/accounts/{accountId}/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface VoiceApiClient {

    @POST
    Response createCall(@PathParam("accountId") String accountId,
                        @HeaderParam("Authorization") String authorization,
                        CallRequest request);

    record CallRequest(String from, String to, String applicationId, String answerUrl, int callTimeout) {
    }
}
