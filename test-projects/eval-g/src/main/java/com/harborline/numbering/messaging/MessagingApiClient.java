package com.harborline.numbering.messaging;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Bandwidth Messaging API v2 (quarkus.rest-client.messaging.url).
 */
@RegisterRestClient(configKey = "messaging")
@Path("/users/{accountId}/messages")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface MessagingApiClient {

    @POST
    Response send(@PathParam("accountId") String accountId, MessageRequest message);
}
