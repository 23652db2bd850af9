package net.kestrelwave.integration.messaging;

import net.kestrelwave.integration.util.PhoneNumbers;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Sends operational SMS (port completion, E911 confirmation) through Bandwidth Messaging.
 */
@Component
public class SmsNotifier {

    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";

    private final RestTemplate vendorRestTemplate;
    private final String messagingAccount;
    private final String applicationId;
    private final String fromNumber;

    public SmsNotifier(@Qualifier("vendorRestTemplate") RestTemplate vendorRestTemplate,
                       @Value("${kestrel.messaging.account-id}") String messagingAccount,
                       @Value("${kestrel.messaging.application-id}") String applicationId,
                       @Value("${kestrel.messaging.from:+19195550100}") String fromNumber) {
        this.vendorRestTemplate = vendorRestTemplate;
        this.messagingAccount = messagingAccount;
        this.applicationId = applicationId;
        this.fromNumber = fromNumber;
    }

    public String notifyCustomer(String tn, String text) {
        String json = """
                {"from": "%s", "to": ["%s"], "applicationId": "%s", "text": "%s"}
                """.formatted(fromNumber, PhoneNumbers.toE164(tn), applicationId, text.replace("\"", "'"));
        return send(json);
    }

    public String pageOnCall(String text) {
        String json = """
                {
                  "from": "%s",
                  "to": ["9195550198"],
                  "applicationId": "%s",
                  "text": "%s"
                }
                """.formatted(fromNumber, applicationId, text);
        return send(json);
    }

    private String send(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(System.getenv("BW_MESSAGING_TOKEN"), System.getenv("BW_MESSAGING_SECRET"));
        return vendorRestTemplate.postForObject(String.format(MESSAGES_URL, messagingAccount),
                new HttpEntity<>(json, headers), String.class);
    }
}
