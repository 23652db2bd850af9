package com.northforktel.numbering.notify;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.inventory.TnFormat;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;

/**
 * Customer SMS through Bandwidth's messaging API (separate product and credentials from the
 * numbers Dashboard).
 */
@Singleton
public class SmsNotifier {

    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    private static final String SENDER = "+18445550190";

    private final WebClient client;
    private final String accountId;
    private final String applicationId;
    private final String apiToken;
    private final String apiSecret;

    @Inject
    public SmsNotifier(WebClient client,
                       @Named("messaging.accountId") String accountId,
                       @Named("messaging.applicationId") String applicationId,
                       @Named("messaging.token") String apiToken,
                       @Named("messaging.secret") String apiSecret) {
        this.client = client;
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.apiToken = apiToken;
        this.apiSecret = apiSecret;
    }

    public Future<Void> portCompleted(String customerMobile, String portedTn) {
        String text = "Northfork: your number " + TnFormat.toDisplay(portedTn) + " has moved to us. Welcome!";
        return send(customerMobile, text);
    }

    public Future<Void> send(String to, String text) {
        JsonObject body = new JsonObject()
                .put("from", SENDER)
                .put("to", new JsonArray().add(TnFormat.toE164(to)))
                .put("applicationId", applicationId)
                .put("text", text);
        return client.postAbs(String.format(MESSAGES_URL, accountId))
                .basicAuthentication(apiToken, apiSecret)
                .sendJsonObject(body)
                .compose(resp -> resp.statusCode() == 202
                        ? Future.<Void>succeededFuture()
                        : Future.failedFuture("messaging API answered " + resp.statusCode()));
    }
}
