package net.cascadiatel.provisioning.subscriptions;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.EmailSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;
import net.cascadiatel.provisioning.iris.Xml;

/** Registers our callback URL for the order types we track. Run once per environment. */
@Singleton
public class SubscriptionRegistrar {

    /** Far-future expiry, as recommended by the Dashboard docs. */
    static final String EXPIRY = "3122064000";

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

    private static final String DISCONNECT_SUBSCRIPTION = """
            <Subscription>
              <OrderType>disconnects</OrderType>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>3122064000</Expiry>
                <NumberFormat>E164</NumberFormat>
              </CallbackSubscription>
            </Subscription>
            """;

    private static final String IMPORT_DIGEST_SUBSCRIPTION = """
            <Subscription>
              <OrderType>importtnorders</OrderType>
              <EmailSubscription>
                <Email>noc@cascadiatel.net</Email>
                <DigestRequested>DAILY</DigestRequested>
              </EmailSubscription>
            </Subscription>
            """;

    private final IrisClient client;
    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;
    private final String callbackBase;

    @Inject
    public SubscriptionRegistrar(IrisClient client, DashboardWsClient dashboard, DashboardPaths paths,
                                 @Named("callbacks.publicUrl") String callbackBase) {
        this.client = client;
        this.dashboard = dashboard;
        this.paths = paths;
        this.callbackBase = callbackBase;
    }

    public Subscription registerOrders(String user, String password) throws Exception {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(user);
        auth.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackBase + "/orders");
        callback.setExpiry(EXPIRY);
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("orders");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }

    public Subscription registerLnpEmail() throws Exception {
        EmailSubscription email = new EmailSubscription();
        email.setEmail("porting@cascadiatel.net");
        email.setDigestRequested("NONE");
        Subscription subscription = new Subscription();
        subscription.setOrderType("portins");
        subscription.setEmailSubscription(email);
        return Subscription.create(client, subscription);
    }

    public CompletionStage<String> registerPortIns(String user, String password) {
        String body = PORTIN_SUBSCRIPTION.formatted(callbackBase + "/portins", user, password);
        return dashboard.checked(dashboard.postXml(paths.subscriptions(), body));
    }

    public CompletionStage<String> registerDisconnects() {
        return dashboard.checked(dashboard.postXml(paths.subscriptions(), DISCONNECT_SUBSCRIPTION.formatted(callbackBase + "/disconnects")));
    }

    public CompletionStage<String> registerImportDigest() {
        return dashboard.checked(dashboard.postXml(paths.subscriptions(), IMPORT_DIGEST_SUBSCRIPTION));
    }

    public CompletionStage<String> registerOrdersFromTemplate(String user, String password) {
        String body = Xml.render("orders-subscription.xml",
                Map.of("callbackUrl", callbackBase + "/orders", "user", user, "password", password));
        return dashboard.checked(dashboard.postXml(paths.subscriptions(), body));
    }
}
