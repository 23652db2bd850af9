package net.kestrelridge.provisioning.mfa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Verifies the one-time code a customer enters before a port-out PIN is shown (Bandwidth MFA).
 */
@Singleton
public class MfaVerificationClient {

    private static final String VERIFY = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/verify";

    private final CloseableHttpClient http;
    private final String accountId;
    private final String applicationId;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    public MfaVerificationClient(CloseableHttpClient http, com.typesafe.config.Config config,
                                 @Named("mfa.base-url") String baseUrl) {
        this.http = http;
        this.accountId = config.getString("messaging.account-id");
        this.applicationId = config.getString("mfa.application-id");
    }

    public boolean verify(String e164Number, String code) {
        String body = """
                {"to": "%s", "applicationId": "%s", "scope": "port-out-pin", "expirationTimeInMinutes": 3, "code": "%s"}
                """.formatted(e164Number, applicationId, code);
        try {
            return http.execute(ClassicRequestBuilder.post(String.format(VERIFY, accountId))
                            .setEntity(body, ContentType.APPLICATION_JSON)
                            .build(),
                    response -> {
                        JsonNode node = json.readTree(EntityUtils.toString(response.getEntity()));
                        return node.path("valid").asBoolean(false);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
