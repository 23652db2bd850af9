package net.tidewatertel.numbering.lookup;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;

/**
 * Webhook subscription for toll-free verification status (business SMS on 8XX numbers).
 */
@Singleton
public class TollFreeVerificationWebhooks {

  static final String SUBSCRIPTIONS_URL =
      "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

  private final WebClient web;
  private final String accountId;
  private final String callbackBase;
  private final String apiUser;
  private final String apiPassword;

  @Inject
  public TollFreeVerificationWebhooks(WebClient web,
                                      @Named("dashboard.account-id") String accountId,
                                      @Named("callbacks.public-base-url") String callbackBase,
                                      @Named("messaging.username") String apiUser,
                                      @Named("messaging.password") String apiPassword) {
    this.web = web;
    this.accountId = accountId;
    this.callbackBase = callbackBase;
    this.apiUser = apiUser;
    this.apiPassword = apiPassword;
  }

  public Future<Void> subscribe() {
    JsonObject subscription = new JsonObject()
        .put("callbackUrl", callbackBase + "/callbacks/tfv")
        .put("sharedSecretKey", "rotate-me-quarterly");
    return web.postAbs(String.format(SUBSCRIPTIONS_URL, accountId))
        .basicAuthentication(apiUser, apiPassword)
        .sendJsonObject(subscription)
        .mapEmpty();
  }
}
