package net.tidewatertel.numbering.legacy.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;

/**
 * Registers the porting desk's own callback (LNP status to the desk's ticketing bridge).
 */
public class IrisSubscriptionSetup {

  private final IrisClient client;

  public IrisSubscriptionSetup(IrisClient client) {
    this.client = client;
  }

  public String subscribeDesk(String callbackUrl, String user, String password) throws Exception {
    BasicAuthentication auth = new BasicAuthentication();
    auth.setUsername(user);
    auth.setPassword(password);
    CallbackCredentials credentials = new CallbackCredentials();
    credentials.setBasicAuthentication(auth);

    CallbackSubscription callback = new CallbackSubscription();
    callback.setURL(callbackUrl);
    callback.setExpiry("3122064000");
    callback.setCallbackCredentials(credentials);

    Subscription subscription = new Subscription();
    subscription.setOrderType("portins");
    subscription.setCallbackSubscription(callback);
    return Subscription.create(client, subscription).getSubscriptionId();
  }
}
