package com.harborline.porting.partners;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
public class PortCompletionNotifier {

    private static final String SUPPORT_LINE = "9195550100";

    private final MessagingClient messaging;
    private final String accountId;
    private final String applicationId;

    public PortCompletionNotifier(MessagingClient messaging,
                                  @Value("${bandwidth.messaging.account-id}") String accountId,
                                  @Value("${bandwidth.messaging.application-id}") String applicationId) {
        this.messaging = messaging;
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    public void portCompleted(String e164) {
        messaging.send(accountId, new MessagingClient.Message(applicationId, List.of(e164), "+1" + SUPPORT_LINE,
                "Your Harborline number is now active. Questions? Call " + SUPPORT_LINE));
    }
}
