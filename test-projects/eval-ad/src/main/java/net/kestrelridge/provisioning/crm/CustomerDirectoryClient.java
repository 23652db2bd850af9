package net.kestrelridge.provisioning.crm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Our own customer directory (CRM) REST API. Accounts are keyed by the 10-digit billing account
 * number (BAN).
 */
@Singleton
public class CustomerDirectoryClient {

    private static final Pattern BAN = Pattern.compile("\\d{10}");

    private final CloseableHttpClient http;
    private final String baseUrl;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    public CustomerDirectoryClient(CloseableHttpClient http, @Named("crm.base-url") String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** Service addresses the customer has on file, as JSON. */
    public String serviceAddresses(String ban) {
        requireBan(ban);
        return get(baseUrl + "/accounts/" + ban + "/addresses?type=service");
    }

    /** Stores the Dashboard's E911 address id on the customer's service address. */
    public void recordE911AddressId(String ban, String e911AddressId) {
        requireBan(ban);
        String body = "{\"e911AddressId\":\"" + e911AddressId + "\"}";
        execute(ClassicRequestBuilder.put(baseUrl + "/accounts/" + ban + "/addresses/primary/e911")
                .setEntity(body, ContentType.APPLICATION_JSON)
                .build());
    }

    /** Every telephone number assigned to a customer, 10-digit. */
    public List<String> assignedNumbers() {
        String body = get(baseUrl + "/v1/inventory/assigned-numbers?format=national");
        try {
            return json.readValue(body, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireBan(String ban) {
        if (ban == null || !BAN.matcher(ban).matches()) {
            throw new IllegalArgumentException("billing account number must have 10 digits: " + ban);
        }
    }

    private String get(String url) {
        return execute(ClassicRequestBuilder.get(url).build());
    }

    private String execute(org.apache.hc.core5.http.ClassicHttpRequest request) {
        try {
            return http.execute(request, response -> EntityUtils.toString(response.getEntity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
