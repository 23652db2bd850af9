package net.lakeshoretel.numbering.cli;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code numbers subscribe ...}: Dashboard callbacks and the toll-free verification webhook. */
public class SubscriptionCommand {

    private static final String TFV_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final IrisClient client;
    private final CliConfig config;

    public SubscriptionCommand(IrisClient client, CliConfig config) {
        this.client = client;
        this.config = config;
    }

    /** Order callbacks for one order type, sent to the relay. */
    public String subscribe(String orderType, String relayUrl, String relayUser, String relayPassword) throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(relayUser);
        basic.setPassword(relayPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(relayUrl);
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);
        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
    }

    /** Callback for one order only, used while a big port is in flight. */
    public void subscribeToOrder(String orderType, String orderId, String relayUrl) throws IOException {
        String xml = """
                <Subscription>
                    <OrderType>%s</OrderType>
                    <OrderId>%s</OrderId>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>86400</Expiry>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(orderType, orderId, relayUrl);
        post(config.getUri() + "/accounts/" + config.getAccountId() + "/subscriptions", xml, "application/xml");
    }

    /** Daily port-out digest for the LNP desk's mailbox. */
    public void emailDigest(String email) throws IOException {
        String xml = """
                <Subscription>
                    <OrderType>portouts</OrderType>
                    <EmailSubscription>
                        <Email>%s</Email>
                        <DigestRequested>DAILY</DigestRequested>
                    </EmailSubscription>
                </Subscription>
                """.formatted(email);
        post(config.getUri() + "/accounts/" + config.getAccountId() + "/subscriptions", xml, "application/xml");
    }

    public List<String> list(String orderType) throws Exception {
        List<String> ids = new ArrayList<>();
        for (Subscription subscription : Subscription.list(client, Map.of("orderType", orderType))) {
            ids.add(subscription.getSubscriptionId() + " " + subscription.getCallbackSubscription().getURL());
        }
        return ids;
    }

    /** Webhook for toll-free verification status changes (Bandwidth's newer platform API). */
    public void tollFreeWebhook(String callbackUrl, String sharedSecret) throws IOException {
        String json = "{\"callbackUrl\":\"" + callbackUrl + "\",\"sharedSecretKey\":\"" + sharedSecret + "\"}";
        post(String.format(TFV_WEBHOOKS, config.getAccountId()), json, "application/json");
    }

    private void post(String url, String body, String contentType) throws IOException {
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", Credentials.basic(config.getUsername(), config.getPassword()))
                .post(RequestBody.create(body, MediaType.get(contentType)))
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException(url + " answered HTTP " + response.code());
            }
        }
    }
}
