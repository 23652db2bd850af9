package com.bluepinenet.cdrpipeline.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.springframework.stereotype.Component;

/**
 * Full dumps for the data warehouse. Runs outside the retrying client on purpose: the
 * warehouse loader retries whole files, not pages.
 */
@Component
public class BulkTnExporter {

    private static final String TNS_URL = "https://dashboard.bandwidth.com/v1.0/tns?size=%d&page=%s";
    private static final String INSERVICE_URL =
            "https://dashboard.bandwidth.com/api/accounts/%s/inserviceNumbers?areacode=%s&size=%d";
    private static final String ADDRESSES_URL = "https://dashboard.bandwidth.com/api/v1/accounts/%s/addresses?page=1&size=500";

    private final HttpClient http;
    private final DashboardProperties props;

    public BulkTnExporter(HttpClient http, DashboardProperties props) {
        this.http = http;
        this.props = props;
    }

    public CompletableFuture<String> tnsPage(int size, String pageToken) {
        return fetch(URI.create(TNS_URL.formatted(size, pageToken)));
    }

    public CompletableFuture<String> inServiceForAreaCode(String areaCode) {
        return fetch(URI.create(String.format(INSERVICE_URL, props.getAccountId(), areaCode, 5000)));
    }

    public CompletableFuture<String> e911Addresses() {
        return fetch(URI.create(ADDRESSES_URL.formatted(props.getAccountId())));
    }

    private CompletableFuture<String> fetch(URI uri) {
        String token = Base64.getEncoder().encodeToString(
                (props.getUsername() + ":" + props.getPassword()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + token)
                .header("Accept", "application/xml")
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenCompose(resp -> resp.statusCode() == 200
                        ? CompletableFuture.completedFuture(resp.body())
                        : CompletableFuture.failedFuture(new IOException("export failed with " + resp.statusCode())));
    }
}
