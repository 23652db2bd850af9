package com.cobaltline.numbering.partners;

import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.client.WebClient;

import com.cobaltline.numbering.config.PartnerEndpoints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends NOC alerts and customer welcome texts through Bandwidth Messaging.
 */
public class SmsNotifier {

    /** NOC on-call phone (Raleigh). */
    static final String NOC_ON_CALL = "9195550199";

    private final ObjectMapper mapper = new ObjectMapper();
    private final String messagingAccountId;
    private final String applicationId;
    private final String fromNumber;
    private final String token;
    private final String secret;

    public SmsNotifier(String messagingAccountId, String applicationId, String fromNumber, String token, String secret) {
        this.messagingAccountId = messagingAccountId;
        this.applicationId = applicationId;
        this.fromNumber = fromNumber;
        this.token = token;
        this.secret = secret;
    }

    public void alertNoc(String text) throws JsonProcessingException {
        send(List.of("+1" + NOC_ON_CALL), text);
    }

    public void welcome(String e164Number, String customerName) throws JsonProcessingException {
        send(List.of(e164Number), "Welcome to Cobalt Line, " + customerName + "! Reply HELP for help.");
    }

    private void send(List<String> to, String text) throws JsonProcessingException {
        ObjectNode body = mapper.createObjectNode();
        body.putArray("to").addAll(to.stream().map(mapper.getNodeFactory()::textNode).toList());
        body.put("from", fromNumber);
        body.put("text", text);
        body.put("applicationId", applicationId);
        Response response = WebClient.create(PartnerEndpoints.MESSAGING, token, secret, null)
                .path("users").path(messagingAccountId).path("messages")
                .type(MediaType.APPLICATION_JSON)
                .post(mapper.writeValueAsString(body));
        if (response.getStatus() != 202) {
            throw new IllegalStateException("Messaging API answered " + response.getStatus());
        }
    }
}
