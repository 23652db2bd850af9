package org.harborline.provisioning.callbacks;

import java.io.IOException;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import org.harborline.provisioning.config.HarborlineEndpoints;
import org.harborline.provisioning.config.IrisConstants;
import org.harborline.provisioning.http.AbstractIrisResource;
import org.harborline.provisioning.http.IrisHttpClient;

/**
 * Registers our callback URL for order and port-in notifications.
 */
public class SubscriptionRegistrar extends AbstractIrisResource {

    public SubscriptionRegistrar(IrisHttpClient http, String accountId) {
        super(http, accountId);
    }

    @Override
    protected String resourcePath() {
        return IrisConstants.SUBSCRIPTIONS.substring(1);
    }

    public String registerOrderCallbacks(String user, String password) throws IOException {
        String xml = "<Subscription>"
                + "<OrderType>orders</OrderType>"
                + "<CallbackSubscription>"
                + "<URL>" + HarborlineEndpoints.NUMBER_CALLBACK_URL + "</URL>"
                + "<Expiry>3122064000</Expiry>"
                + "<CallbackCredentials><BasicAuthentication>"
                + "<Username>" + user + "</Username><Password>" + password + "</Password>"
                + "</BasicAuthentication></CallbackCredentials>"
                + "</CallbackSubscription>"
                + "</Subscription>";
        return http.post(buildUrl(), xml);
    }

    /** Port-ins were moved to E.164 callbacks when the porting squad rewrote their handler. */
    public String registerPortinCallbacks() throws IOException {
        String xml = "<Subscription><OrderType>portins</OrderType><CallbackSubscription>"
                + "<URL>" + HarborlineEndpoints.NUMBER_CALLBACK_URL + "</URL>"
                + "<Expiry>3122064000</Expiry><NumberFormat>E164</NumberFormat>"
                + "</CallbackSubscription></Subscription>";
        return http.post(buildUrl(), xml);
    }

    /** Disconnect notifications, registered through the SDK by the ops console. */
    public static Subscription registerDisconnects(IrisClient client, String user, String password)
            throws Exception {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(user);
        auth.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(HarborlineEndpoints.NUMBER_CALLBACK_URL);
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);
        Subscription subscription = new Subscription();
        subscription.setOrderType("disconnects");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }
}
