package net.kestrelwave.integration.e911;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Realm;
import org.asynchttpclient.Response;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static org.asynchttpclient.Dsl.basicAuthRealm;

/**
 * Nightly job that re-reads every E911 address we have on file so that the dispatch
 * database matches what the Dashboard will hand to the PSAP.
 */
@Component
public class E911AddressSync {

    private final AsyncHttpClient http;
    private final String baseUrl;
    private final String accountId;
    private final String addressPathTemplate;
    private final Realm realm;
    private final AddressIdSource addressIds;

    public E911AddressSync(AsyncHttpClient http,
                           @Value("${kestrel.bulk.dashboard-url}") String baseUrl,
                           @Value("${kestrel.dashboard.account-id}") String accountId,
                           @Value("${kestrel.bulk.e911-path}") String addressPathTemplate,
                           @Value("${kestrel.dashboard.username}") String user,
                           @Value("${kestrel.dashboard.password}") String password,
                           AddressIdSource addressIds) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.addressPathTemplate = addressPathTemplate;
        this.realm = basicAuthRealm(user, password).setUsePreemptiveAuth(true).build();
        this.addressIds = addressIds;
    }

    @Scheduled(cron = "${kestrel.bulk.e911-cron:0 15 2 * * *}")
    public void refreshAll() {
        List<CompletableFuture<Response>> calls = new ArrayList<>();
        for (String id : addressIds.activeAddressIds()) {
            String url = String.format("%s/accounts/%s/addresses/%s", baseUrl, accountId, id);
            calls.add(http.prepareGet(url).setRealm(realm).execute().toCompletableFuture());
        }
        CompletableFuture.allOf(calls.toArray(new CompletableFuture[0])).join();
    }

    public CompletableFuture<Response> listPage(int page) {
        String url = baseUrl + addressPathTemplate.replace("{accountId}", accountId);
        return http.prepareGet(url)
                .addQueryParam("page", Integer.toString(page))
                .setRealm(realm)
                .execute()
                .toCompletableFuture();
    }

    /** Supplies the address ids we track; backed by the dispatch DB. */
    public interface AddressIdSource {
        List<String> activeAddressIds();
    }
}
