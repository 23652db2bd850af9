package net.northwindtel.provisioning.service;

import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.client.http.MessagingApiClient;
import net.northwindtel.provisioning.dashboard.TnFormats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Texts the customer's contact when their numbers are live.
 */
@Slf4j
@Service
public class CustomerNotificationService {

    private static final String SUPPORT_LINE = "8775550100";

    private final MessagingApiClient messagingApiClient;
    private final String senderE164;

    public CustomerNotificationService(MessagingApiClient messagingApiClient,
                                       @Value("${provisioning.notifications.sender:+19195550000}") String senderE164) {
        this.messagingApiClient = messagingApiClient;
        this.senderE164 = senderE164;
    }

    public void numbersLive(String contactMobile, String tn) {
        String text = "Your new Northwind number " + tn + " is live. Questions? Call " + SUPPORT_LINE + ".";
        messagingApiClient.send(senderE164, TnFormats.toE164(contactMobile), text);
        log.info("Sent go-live text for {} to {}", tn, contactMobile);
    }
}
