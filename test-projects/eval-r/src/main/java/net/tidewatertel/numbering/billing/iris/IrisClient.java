package net.tidewatertel.numbering.billing.iris;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;

/**
 * Client of IRIS, the billing department's rating engine (Intelligent Rating and Invoicing
 * System). Unrelated to Bandwidth's Iris API.
 */
public class IrisClient {

  private static final String RATING_HOST = "https://iris.billing.tidewatertel.net";

  private final WebClient web;
  private final String tenant;
  private final String user;
  private final String secret;

  public IrisClient(WebClient web, String tenant, String user, String secret) {
    this.web = web;
    this.tenant = tenant;
    this.user = user;
    this.secret = secret;
  }

  public IrisClient(String tenant, String user, String secret) {
    this(null, tenant, user, secret);
  }

  public Future<JsonObject> ratePlan(String billingAccount) {
    return web.getAbs(RATING_HOST + "/api/accounts/" + billingAccount + "/rate-plan")
        .putHeader("X-Iris-Tenant", tenant)
        .basicAuthentication(user, secret)
        .send()
        .map(resp -> resp.bodyAsJsonObject());
  }

  public Future<JsonObject> billingAddress(String billingAccount) {
    return web.getAbs(RATING_HOST + "/api/accounts/" + billingAccount + "/addresses")
        .putHeader("X-Iris-Tenant", tenant)
        .basicAuthentication(user, secret)
        .send()
        .map(resp -> resp.bodyAsJsonObject());
  }

  public Future<Void> assignNumber(String billingAccount, String tn) {
    return web.postAbs(RATING_HOST + "/api/accounts/" + billingAccount + "/numbers")
        .putHeader("X-Iris-Tenant", tenant)
        .basicAuthentication(user, secret)
        .sendJsonObject(new JsonObject().put("tn", tn))
        .mapEmpty();
  }
}
