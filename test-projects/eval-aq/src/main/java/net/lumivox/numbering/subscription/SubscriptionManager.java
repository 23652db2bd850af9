package net.lumivox.numbering.subscription;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.EmailSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import net.lumivox.numbering.iris.Templates;

import java.util.Map;

/**
 * Creates the Dashboard subscriptions that feed our callback endpoints.
 */
public class SubscriptionManager {

    private final WebTarget account;
    private final IrisClient sdk;
    private final String callbackBase;
    private final String callbackUser;
    private final String callbackPassword;

    public SubscriptionManager(WebTarget account, IrisClient sdk, String callbackBase, String callbackUser,
                               String callbackPassword) {
        this.account = account;
        this.sdk = sdk;
        this.callbackBase = callbackBase;
        this.callbackUser = callbackUser;
        this.callbackPassword = callbackPassword;
    }

    public String subscribeOrders() {
        String body = """
                <Subscription>
                  <OrderType>orders</OrderType>
                  <CallbackSubscription>
                    <URL>%s/orders</URL>
                    <Expiry>3122064000</Expiry>
                    <CallbackCredentials>
                      <BasicAuthentication>
                        <Username>%s</Username>
                        <Password>%s</Password>
                      </BasicAuthentication>
                    </CallbackCredentials>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(callbackBase, callbackUser, callbackPassword);
        return post(body);
    }

    public String subscribePortins() {
        String body = """
                <Subscription>
                  <OrderType>portins</OrderType>
                  <CallbackSubscription>
                    <URL>%s/portins</URL>
                    <Expiry>3122064000</Expiry>
                    <NumberFormat>E164</NumberFormat>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(callbackBase);
        return post(body);
    }

    public String subscribeDisconnects() {
        String body = """
                <Subscription>
                  <OrderType>disconnects</OrderType>
                  <CallbackSubscription>
                    <URL>%s/disconnects</URL>
                    <Expiry>3122064000</Expiry>
                    <NumberFormat>LEGACY</NumberFormat>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(callbackBase);
        return post(body);
    }

    public String subscribePortOuts() {
        String body = "<Subscription><OrderType>portouts</OrderType>"
                + "<CallbackSubscription><URL>" + callbackBase + "/portouts</URL><Expiry>3122064000</Expiry>"
                + "</CallbackSubscription></Subscription>";
        return post(body);
    }

    public String subscribeImportDigest() {
        String body = """
                <Subscription>
                  <OrderType>importtnorders</OrderType>
                  <EmailSubscription>
                    <Email>numbering-ops@lumivox.net</Email>
                    <DigestRequested>DAILY</DigestRequested>
                  </EmailSubscription>
                </Subscription>
                """;
        return post(body);
    }

    public String subscribeFromTemplate(String orderType) {
        String body = Templates.render("subscription-orders.xml", Map.of(
                "orderType", orderType,
                "callbackUrl", callbackBase + "/" + orderType,
                "username", callbackUser,
                "password", callbackPassword));
        return post(body);
    }

    /** Port-in notifications for the porting desk (callback and e-mail), through the SDK. */
    public Subscription subscribeLnpViaSdk() throws Exception {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(callbackUser);
        auth.setPassword(callbackPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackBase + "/lnp");
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);
        EmailSubscription email = new EmailSubscription();
        email.setEmail("porting@lumivox.net");
        email.setDigestRequested("NONE");
        Subscription subscription = new Subscription();
        subscription.setOrderType("portins");
        subscription.setCallbackSubscription(callback);
        subscription.setEmailSubscription(email);
        return Subscription.create(sdk, subscription);
    }

    private String post(String body) {
        return account.path("subscriptions")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(body), String.class);
    }
}
