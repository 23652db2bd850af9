package com.northforktel.numbering.notify;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.util.List;

/**
 * Carrier/line-type lookups for port-in prospects, and the toll-free verification webhook
 * registration. Both live on Bandwidth's universal platform host.
 */
@Singleton
public class NumberLookupClient {

    private final WebClient client;
    private final String accountId;
    private final String user;
    private final String password;

    @Inject
    public NumberLookupClient(WebClient client,
                              @Named("platform.accountId") String accountId,
                              @Named("platform.username") String user,
                              @Named("platform.password") String password) {
        this.client = client;
        this.accountId = accountId;
        this.user = user;
        this.password = password;
    }

    public Future<String> startLookup(List<String> e164Numbers) {
        JsonObject request = new JsonObject().put("phoneNumbers", new JsonArray(e164Numbers));
        return client.postAbs("https://api.bandwidth.com/v2/accounts/" + accountId + "/phoneNumberLookup")
                .basicAuthentication(user, password)
                .sendJsonObject(request)
                .map(resp -> resp.bodyAsJsonObject().getJsonObject("data", new JsonObject()).getString("requestId"));
    }

    public Future<Void> registerTollFreeWebhook(String callbackUrl) {
        String url = String.format(
                "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions", accountId);
        return client.postAbs(url)
                .basicAuthentication(user, password)
                .sendJsonObject(new JsonObject().put("callbackUrl", callbackUrl))
                .mapEmpty();
    }
}
