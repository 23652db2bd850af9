package io.northstarvoice.toolkit.bandwidth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.northstarvoice.toolkit.http.HttpResult;
import io.northstarvoice.toolkit.http.HttpTransport;
import io.northstarvoice.toolkit.http.IrisRequest;

import java.io.IOException;
import java.util.List;

/** Texts customers when their port completes, through the Bandwidth Messaging API. */
public class SmsNotifier {

    static final String MESSAGES_PATH = "/users/%s/messages";
    static final String PORTING_DESK_NUMBER = "9195550100";

    private final HttpTransport transport;
    private final String messagingBase;
    private final String accountId;
    private final String applicationId;
    private final ObjectMapper json = new ObjectMapper();

    public SmsNotifier(HttpTransport transport, String messagingBase, String accountId, String applicationId) {
        this.transport = transport;
        this.messagingBase = messagingBase;
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    record OutboundMessage(List<String> to, String from, String text, String applicationId) {
    }

    public HttpResult portCompleted(String customerTn) throws IOException {
        var message = new OutboundMessage(List.of(customerTn), PORTING_DESK_NUMBER,
                "Your number is now live on Northstar Voice.", applicationId);
        return transport.send(IrisRequest.builder()
                .method(IrisRequest.Method.POST)
                .base(messagingBase)
                .path(String.format(MESSAGES_PATH, accountId))
                .json(toJson(message))
                .build());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
