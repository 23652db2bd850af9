package net.tallgrasstel.backoffice.callbacks;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.EmailSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import java.io.IOException;
import java.util.Map;
import net.tallgrasstel.backoffice.common.PathFragments;
import net.tallgrasstel.backoffice.common.Templates;
import net.tallgrasstel.backoffice.config.AppConfig;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Registers our webhooks for order, port-in and E911 notifications. Run once per deploy. */
public class SubscriptionRegistrar {

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

    private static final String PORTIN_SUBSCRIPTION = """
            <Subscription>
              <OrderType>portins</OrderType>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>3122064000</Expiry>
                <CallbackCredentials>
                  <BasicAuthentication>
                    <Username>%s</Username>
                    <Password>%s</Password>
                  </BasicAuthentication>
                </CallbackCredentials>
              </CallbackSubscription>
            </Subscription>
            """;

    /** The billing team's order feed still reads ten-digit numbers. */
    private static final String ORDERS_SUBSCRIPTION = """
            <Subscription>
              <OrderType>orders</OrderType>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>3122064000</Expiry>
                <NumberFormat>LEGACY</NumberFormat>
              </CallbackSubscription>
            </Subscription>
            """;

    private static final String E911_SUBSCRIPTION = """
            <Subscription>
              <OrderType>e911s</OrderType>
              <EmailSubscription>
                <Email>noc@tallgrasstel.net</Email>
                <DigestRequested>DAILY</DigestRequested>
              </EmailSubscription>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>3122064000</Expiry>
              </CallbackSubscription>
            </Subscription>
            """;

    private final IrisClient client;
    private final OkHttpClient http;
    private final AppConfig config;

    public SubscriptionRegistrar(IrisClient client, OkHttpClient http, AppConfig config) {
        this.client = client;
        this.http = http;
        this.config = config;
    }

    public void registerAll(String callbackPassword) throws Exception {
        post(PORTIN_SUBSCRIPTION.formatted(config.callbackUrl() + "/portins", config.callbackUser(), callbackPassword));
        post(ORDERS_SUBSCRIPTION.formatted(config.callbackUrl() + "/orders"));
        post(E911_SUBSCRIPTION.formatted(config.callbackUrl() + "/e911"));
        post(Templates.fill(Templates.load("templates/subscription-callback.xml"), Map.of(
                "orderType", "lnpchecker",
                "callbackUrl", config.callbackUrl() + "/lnpchecker",
                "username", config.callbackUser(),
                "password", callbackPassword)));
        registerImportOrders(callbackPassword);
    }

    /** Hosted-messaging import notifications, registered through the SDK. */
    public Subscription registerImportOrders(String callbackPassword) throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(config.callbackUser());
        basic.setPassword(callbackPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(config.callbackUrl() + "/importtnorders");
        callback.setExpiry(config.callbackExpiry());
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("importtnorders");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }

    /** Daily digest mail for the porting desk; nobody reads callbacks for these. */
    public Subscription registerPortOutDigest() throws Exception {
        EmailSubscription email = new EmailSubscription();
        email.setEmail("porting-desk@tallgrasstel.net");
        email.setDigestRequested("DAILY");
        Subscription subscription = new Subscription();
        subscription.setOrderType("portouts");
        subscription.setEmailSubscription(email);
        return Subscription.create(client, subscription);
    }

    private void post(String xml) throws IOException {
        Request request = new Request.Builder()
                .url(config.baseUrl() + "/accounts/" + config.accountId() + PathFragments.SUBSCRIPTIONS)
                .post(RequestBody.create(xml, XML))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("Subscription rejected: " + response.code());
            }
        }
    }
}
