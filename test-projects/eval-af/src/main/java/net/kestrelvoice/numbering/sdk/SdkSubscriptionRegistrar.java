package net.kestrelvoice.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;

import net.kestrelvoice.numbering.config.DashboardSettings;

/**
 * Registers the LNP (port-in) callback through the SDK. Order callbacks are registered by
 * {@code SubscriptionClient}.
 */
public class SdkSubscriptionRegistrar {

    private final IrisClient client;
    private final DashboardSettings settings;

    public SdkSubscriptionRegistrar(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public String registerPortInCallbacks(String user, String password) throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(user);
        basic.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(settings.getCallbackUrl() + "/portins");
        callback.setExpiry("31536000");
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("portins");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
    }
}
