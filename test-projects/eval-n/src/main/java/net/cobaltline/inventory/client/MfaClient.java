package net.cobaltline.inventory.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Two-factor codes for the self-service portal (porting authorisations).
 */
@RegisterRestClient(baseUri = "https://mfa.bandwidth.com/api/v1")
@Path("/accounts/{accountId}/code")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MfaClient {

    @POST
    @Path("/sms")
    CodeResponse sendSmsCode(@PathParam("accountId") String accountId,
                             @HeaderParam("Authorization") String authorization,
                             CodeRequest request);

    @POST
    @Path("/verify")
    VerifyResponse verify(@PathParam("accountId") String accountId,
                          @HeaderParam("Authorization") String authorization,
                          VerifyRequest request);

    record CodeRequest(String to, String from, String applicationId, String scope, String message, int digits) {
    }

    record CodeResponse(String messageId) {
    }

    record VerifyRequest(String to, String scope, int expirationTimeInMinutes, String code) {
    }

    record VerifyResponse(boolean valid) {
    }
}
