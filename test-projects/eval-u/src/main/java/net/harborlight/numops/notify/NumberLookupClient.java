package net.harborlight.numops.notify;

import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import net.harborlight.numops.config.DashboardProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Carrier / line-type lookup before we accept a port request (Bandwidth phone number lookup).
 */
@Component
public class NumberLookupClient {

    private static final String LOOKUP = "https://api.bandwidth.com/v2/accounts/{accountId}/phoneNumberLookup";

    /** Known-good numbers used by the lookup health probe. */
    static final List<String> PROBE_NUMBERS = List.of("9195551234", "7045550187");

    private final RestClient http;
    private final DashboardProperties props;
    private final Gson gson;

    public NumberLookupClient(RestClient.Builder builder, DashboardProperties props, Gson gson) {
        this.http = builder.build();
        this.props = props;
        this.gson = gson;
    }

    public String lookup(List<String> phoneNumbers) {
        return http.post()
                .uri(LOOKUP, props.getAccountId())
                .headers(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(gson.toJson(Map.of("phoneNumbers", phoneNumbers)))
                .retrieve()
                .body(String.class);
    }

    public boolean probe() {
        String body = lookup(PROBE_NUMBERS);
        return body != null && body.contains("\"requestId\"");
    }
}
