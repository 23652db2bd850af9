package net.kestrelridge.provisioning.lookup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.numbers.PhoneNumbers;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Carrier / line-type look-ups before a port-in is accepted (Bandwidth phone number lookup).
 */
@Singleton
public class NumberLookupClient {

    private final CloseableHttpClient http;
    private final String baseUrl;
    private final String accountId;

    @Inject
    public NumberLookupClient(CloseableHttpClient http, @Named("lookup.base-url") String baseUrl,
                              com.typesafe.config.Config config) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.accountId = config.getString("messaging.account-id");
    }

    /** Starts a synchronous lookup and returns the raw JSON result. */
    public String lookup(List<String> nationalNumbers) {
        String numbers = nationalNumbers.stream()
                .map(PhoneNumbers::toE164)
                .map(n -> "\"" + n + "\"")
                .collect(Collectors.joining(","));
        String url = baseUrl + "/accounts/" + accountId + "/phoneNumberLookup";
        try {
            return http.execute(ClassicRequestBuilder.post(url)
                            .setEntity("{\"phoneNumbers\":[" + numbers + "]}", ContentType.APPLICATION_JSON)
                            .build(),
                    response -> EntityUtils.toString(response.getEntity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
