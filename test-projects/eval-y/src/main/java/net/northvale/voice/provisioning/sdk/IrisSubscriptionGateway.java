package net.northvale.voice.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.northvale.voice.provisioning.dashboard.SubscriptionClient;

import java.util.List;
import java.util.Map;

/** LNP (port-out) notifications are subscribed through the SDK by the porting desk's tooling. */
@ApplicationScoped
public class IrisSubscriptionGateway {

    private IrisClient client;

    protected IrisSubscriptionGateway() {
    }

    @Inject
    public IrisSubscriptionGateway(IrisClient client) {
        this.client = client;
    }

    public Subscription subscribePortOuts(String url, String user, String password) throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(user);
        basic.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(url);
        callback.setExpiry(Long.toString(SubscriptionClient.CALLBACK_EXPIRY_SECONDS));
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("portouts");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }

    public List<Subscription> existing(String orderType) throws Exception {
        return Subscription.list(client, Map.of("orderType", orderType));
    }
}
