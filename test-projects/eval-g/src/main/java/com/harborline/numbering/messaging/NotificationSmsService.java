package com.harborline.numbering.messaging;

import com.harborline.numbering.util.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Sends "your number is live" texts to tenants through the Messaging API.
 */
@ApplicationScoped
public class NotificationSmsService {

    static final String MESSAGING_BASE = "https://messaging.bandwidth.com/api/v2/users/";

    @Inject
    @RestClient
    MessagingApiClient messaging;

    @Inject
    @ConfigProperty(name = "harborline.messaging.account-id")
    String messagingAccountId;

    @Inject
    @ConfigProperty(name = "harborline.messaging.application-id")
    String applicationId;

    @Inject
    @ConfigProperty(name = "harborline.messaging.from", defaultValue = "+19195550100")
    String fromNumber;

    public int numberLive(String tenantContactNumber, String newNumber) {
        MessageRequest message = MessageRequest.builder()
                .applicationId(applicationId)
                .from(fromNumber)
                .to(List.of(PhoneNumbers.toE164(tenantContactNumber)))
                .text("Your Harborline number " + PhoneNumbers.pretty(newNumber) + " is now active.")
                .tag("number-live")
                .build();
        try (Response response = messaging.send(messagingAccountId, message)) {
            return response.getStatus();
        }
    }

    /** Used in support tooling links. */
    public String messagesUrl() {
        return MESSAGING_BASE + messagingAccountId + "/messages";
    }
}
