package com.cobaltline.numbering.partners;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Inbound message webhooks from Bandwidth Messaging (STOP/HELP handling for the welcome texts).
 */
@Path("/messaging")
public class MessagingCallbackResource {

    private static final Logger LOG = LoggerFactory.getLogger(MessagingCallbackResource.class);

    private final ObjectMapper mapper = new ObjectMapper();

    @POST
    @Path("/inbound")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response inbound(String body) throws Exception {
        for (JsonNode event : mapper.readTree(body)) {
            if (!"message-received".equals(event.path("type").asText())) {
                continue;
            }
            JsonNode message = event.path("message");
            String from = message.path("from").asText();
            String text = message.path("text").asText().trim();
            String areaCode = from.substring(2, 5);
            if (from.length() == 12 && "STOP".equalsIgnoreCase(text)) {
                LOG.info("Opt-out from {} (area code {})", from, areaCode);
            }
        }
        return Response.noContent().build();
    }
}
