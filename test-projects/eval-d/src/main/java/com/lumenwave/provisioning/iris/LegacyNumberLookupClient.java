package com.lumenwave.provisioning.iris;

import com.lumenwave.provisioning.config.IrisProperties;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Base64;
import org.apache.http.client.utils.URIBuilder;
import org.springframework.stereotype.Component;

/**
 * Rate-center lookups and order status reads carried over from the 2019 provisioning
 * monolith. Uses the JDK client directly; do not add new calls here.
 */
@Component
public class LegacyNumberLookupClient {

    static final String LEGACY_HOST = "https://api.inetwork.com/v1.0";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final IrisProperties props;

    public LegacyNumberLookupClient(IrisProperties props) {
        this.props = props;
    }

    public String availableInRateCenter(String areaCode, String rateCenter, String state) throws IOException,
            InterruptedException {
        String url = MessageFormat.format(
                "{0}/accounts/{1}/availableNumbers?areaCode={2}&rateCenter={3}&state={4}&quantity=10",
                LEGACY_HOST, props.accountId(), areaCode, rateCenter, state);
        return send(URI.create(url));
    }

    public String orderStatus(String orderId) throws IOException, InterruptedException, URISyntaxException {
        URI uri = new URIBuilder("https://dashboard.bandwidth.com")
                .setPath("/v1.0/accounts/" + props.accountId() + "/orders/" + orderId)
                .build();
        return send(uri);
    }

    private String send(URI uri) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString(
                (props.username() + ":" + props.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/xml")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
