package com.bluepinenet.cdrpipeline.dashboard.pilot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.bandwidth.iris.sdk.IrisClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Pilot of the Dashboard API v2 on the lab sub-account (NETOPS-2291). Only enabled with
 * {@code pilot.v2.enabled=true}; everything else still talks to the production setup.
 * Hosted messaging imports replace both the old importTnOrders route and /externalTns.
 */
@Component
@ConditionalOnProperty(name = "pilot.v2.enabled", havingValue = "true")
public class V2PilotClient {

    private static final String BASE = "https://dashboard.bandwidth.com/api/v2";
    private static final String LAB_TN = "+19195550191";

    private final HttpClient http;
    private final String accountId;
    private final String authorization;
    private final IrisClient sdk;

    public V2PilotClient(HttpClient http,
                         @Value("${pilot.v2.account-id}") String accountId,
                         @Value("${pilot.v2.username}") String user,
                         @Value("${pilot.v2.password}") String password) {
        this.http = http;
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.sdk = new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
    }

    public IrisClient sdk() {
        return sdk;
    }

    public CompletableFuture<String> e911Addresses() {
        return get(BASE + "/accounts/%s/e911Addresses".formatted(accountId));
    }

    public CompletableFuture<String> inService(String areaCode) {
        return get(BASE + "/accounts/%s/inserviceNumbers?countryCodeA3=USA&areaCode=%s".formatted(accountId, areaCode));
    }

    public CompletableFuture<String> importForMessaging(List<String> e164Numbers) {
        String body = "<ImportTnOrder><CustomerOrderId>pilot</CustomerOrderId><TelephoneNumbers>"
                + e164Numbers.stream().map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>").collect(Collectors.joining())
                + "</TelephoneNumbers></ImportTnOrder>";
        return post(BASE + "/accounts/%s/importTnOrders/messaging".formatted(accountId), body);
    }

    public CompletableFuture<String> removeFromMessaging(List<String> e164Numbers) {
        String body = "<RemoveImportedTnOrder><CustomerOrderId>pilot</CustomerOrderId><TelephoneNumbers>"
                + e164Numbers.stream().map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>").collect(Collectors.joining())
                + "</TelephoneNumbers></RemoveImportedTnOrder>";
        return post(BASE + "/accounts/%s/removeImportedTnOrders/messaging".formatted(accountId), body);
    }

    public CompletableFuture<String> voiceImports() {
        return get(BASE + "/accounts/%s/importTnOrders/voice".formatted(accountId));
    }

    public CompletableFuture<String> labTnDetails() {
        return get(BASE + "/tns/" + LAB_TN + "/tndetails");
    }

    public CompletableFuture<String> subscribeE164(String callbackUrl) {
        String body = """
                <Subscription>
                  <OrderType>orders</OrderType>
                  <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>3122064000</Expiry>
                    <NumberFormat>E164</NumberFormat>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(callbackUrl);
        return post(BASE + "/accounts/%s/subscriptions".formatted(accountId), body);
    }

    private CompletableFuture<String> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body);
    }

    private CompletableFuture<String> post(String url, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body);
    }
}
