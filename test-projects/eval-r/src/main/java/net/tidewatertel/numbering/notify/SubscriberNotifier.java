package net.tidewatertel.numbering.notify;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import net.tidewatertel.numbering.dashboard.DashboardHttp;

/**
 * Texts and calls subscribers through Bandwidth's messaging and voice APIs.
 */
@Singleton
public class SubscriberNotifier {

  static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
  static final String CALLS_URL = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";

  /** The NOC conference bridge that porting escalations ring. */
  static final String NOC_BRIDGE = "8045550160";

  private final WebClient web;
  private final String accountId;
  private final String messagingApplicationId;
  private final String voiceApplicationId;
  private final String sender;
  private final String apiUser;
  private final String apiPassword;

  @Inject
  public SubscriberNotifier(WebClient web,
                            @Named("dashboard.account-id") String accountId,
                            @Named("messaging.application-id") String messagingApplicationId,
                            @Named("voice.application-id") String voiceApplicationId,
                            @Named("messaging.sender") String sender,
                            @Named("messaging.username") String apiUser,
                            @Named("messaging.password") String apiPassword) {
    this.web = web;
    this.accountId = accountId;
    this.messagingApplicationId = messagingApplicationId;
    this.voiceApplicationId = voiceApplicationId;
    this.sender = sender;
    this.apiUser = apiUser;
    this.apiPassword = apiPassword;
  }

  /** @param msisdn number with country code, without the plus */
  public Future<Void> textSubscriber(String msisdn, String text) {
    JsonObject message = new JsonObject()
        .put("applicationId", messagingApplicationId)
        .put("to", new JsonArray().add("+" + msisdn))
        .put("from", sender)
        .put("text", text);
    return web.postAbs(String.format(MESSAGES_URL, accountId))
        .basicAuthentication(apiUser, apiPassword)
        .sendJsonObject(message)
        .compose(resp -> DashboardHttp.body(resp, "send message"))
        .mapEmpty();
  }

  public Future<Void> textNationalNumber(String tn, String text) {
    return textSubscriber("1" + tn, text);
  }

  public Future<Void> escalateToNoc(String reason) {
    JsonObject call = new JsonObject()
        .put("applicationId", voiceApplicationId)
        .put("to", NOC_BRIDGE)
        .put("from", sender)
        .put("answerUrl", "https://tn-inventory.tidewatertel.net/voice/escalation?reason=" + reason);
    return web.postAbs(String.format(CALLS_URL, accountId))
        .basicAuthentication(apiUser, apiPassword)
        .sendJsonObject(call)
        .compose(resp -> DashboardHttp.body(resp, "create call"))
        .mapEmpty();
  }
}
