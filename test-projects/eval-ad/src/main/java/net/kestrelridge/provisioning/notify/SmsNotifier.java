package net.kestrelridge.provisioning.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.ExternalDependency;
import net.kestrelridge.provisioning.numbers.PhoneNumbers;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Texts the customer's contact number when their new numbers are live (Bandwidth messaging API).
 */
@Singleton
@ExternalDependency(name = "bandwidth-messaging", url = "https://messaging.bandwidth.com/api/v2")
public class SmsNotifier {

    static final String MESSAGES_PATH = "%s/users/%s/messages";
    static final String DEFAULT_BASE = "https://messaging.bandwidth.com/api/v2";

    private final CloseableHttpClient http;
    private final String baseUrl;
    private final String accountId;
    private final String applicationId;
    private final String from;
    private final String authorization;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    public SmsNotifier(CloseableHttpClient http, com.typesafe.config.Config config,
                       @Named("messaging.base-url") String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE : baseUrl;
        this.accountId = config.getString("messaging.account-id");
        this.applicationId = config.getString("messaging.application-id");
        this.from = config.getString("messaging.from");
        String token = System.getenv().getOrDefault("BW_MESSAGING_TOKEN", "") + ":"
                + System.getenv().getOrDefault("BW_MESSAGING_SECRET", "");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    public void numbersLive(String contactNumber, int count) {
        ObjectNode body = json.createObjectNode();
        body.putArray("to").add(PhoneNumbers.toE164(contactNumber));
        body.put("from", from);
        body.put("applicationId", applicationId);
        body.put("text", "Kestrel Ridge: " + count + " new number(s) are now active on your account.");
        ClassicHttpRequest request = ClassicRequestBuilder.post(String.format(MESSAGES_PATH, baseUrl, accountId))
                .setHeader(HttpHeaders.AUTHORIZATION, authorization)
                .setEntity(body.toString(), ContentType.APPLICATION_JSON)
                .build();
        try {
            http.execute(request, response -> {
                if (response.getCode() >= 300) {
                    throw new IOException("messaging API answered " + response.getCode());
                }
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
