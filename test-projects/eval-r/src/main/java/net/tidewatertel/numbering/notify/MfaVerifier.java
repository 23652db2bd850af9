package net.tidewatertel.numbering.notify;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;

/**
 * Port-out PIN changes are confirmed with a one-time code (Bandwidth MFA API).
 */
@Singleton
public class MfaVerifier {

  private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

  private final WebClient web;
  private final String accountId;
  private final String applicationId;
  private final String sender;
  private final String apiUser;
  private final String apiPassword;

  @Inject
  public MfaVerifier(WebClient web,
                     @Named("dashboard.account-id") String accountId,
                     @Named("mfa.application-id") String applicationId,
                     @Named("messaging.sender") String sender,
                     @Named("messaging.username") String apiUser,
                     @Named("messaging.password") String apiPassword) {
    this.web = web;
    this.accountId = accountId;
    this.applicationId = applicationId;
    this.sender = sender;
    this.apiUser = apiUser;
    this.apiPassword = apiPassword;
  }

  public Future<Void> sendCode(String e164) {
    JsonObject request = new JsonObject()
        .put("to", e164)
        .put("from", sender)
        .put("applicationId", applicationId)
        .put("scope", "port-out-pin")
        .put("message", "Your Tidewater verification code is {CODE}")
        .put("digits", 6);
    return web.postAbs(MFA_BASE + accountId + "/code/sms")
        .basicAuthentication(apiUser, apiPassword)
        .sendJsonObject(request)
        .mapEmpty();
  }

  public Future<Boolean> verify(String e164, String code) {
    JsonObject request = new JsonObject()
        .put("to", e164)
        .put("scope", "port-out-pin")
        .put("expirationTimeInMinutes", 3)
        .put("code", code);
    return web.postAbs(MFA_BASE + accountId + "/code/verify")
        .basicAuthentication(apiUser, apiPassword)
        .sendJsonObject(request)
        .map(resp -> resp.statusCode() == 200 && resp.bodyAsJsonObject().getBoolean("valid", false));
  }
}
