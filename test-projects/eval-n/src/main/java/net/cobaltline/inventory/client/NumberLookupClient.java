package net.cobaltline.inventory.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import net.cobaltline.inventory.model.api.LookupResult;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * Bandwidth phone number lookup (carrier / line type). Separate product, separate host.
 */
@RegisterRestClient(baseUri = "https://api.bandwidth.com/v2")
@Path("/accounts/{accountId}/phoneNumberLookup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NumberLookupClient {

    @POST
    LookupResult.Accepted start(@PathParam("accountId") String accountId,
                                @HeaderParam("Authorization") String authorization,
                                LookupRequest request);

    @GET
    @Path("/{requestId}")
    LookupResult get(@PathParam("accountId") String accountId,
                     @HeaderParam("Authorization") String authorization,
                     @PathParam("requestId") String requestId);

    record LookupRequest(List<String> phoneNumbers) {
    }
}
