package net.tidewatertel.numbering.lookup;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.util.List;
import net.tidewatertel.numbering.dashboard.DashboardHttp;

/**
 * Carrier and line-type lookups (Bandwidth Phone Number Lookup API) for port-in qualification.
 */
@Singleton
public class NumberLookupClient {

  private final WebClient web;
  private final String lookupBase;
  private final String accountId;
  private final String apiUser;
  private final String apiPassword;

  @Inject
  public NumberLookupClient(WebClient web,
                            @Named("lookup.api-base") String lookupBase,
                            @Named("dashboard.account-id") String accountId,
                            @Named("messaging.username") String apiUser,
                            @Named("messaging.password") String apiPassword) {
    this.web = web;
    this.lookupBase = lookupBase;
    this.accountId = accountId;
    this.apiUser = apiUser;
    this.apiPassword = apiPassword;
  }

  public Future<String> startLookup(List<String> numbers) {
    JsonObject request = new JsonObject().put("phoneNumbers", new JsonArray(numbers));
    return web.postAbs(lookupBase + "/accounts/" + accountId + "/phoneNumberLookup")
        .basicAuthentication(apiUser, apiPassword)
        .sendJsonObject(request)
        .compose(resp -> DashboardHttp.body(resp, "number lookup"))
        .map(body -> new JsonObject(body).getString("requestId"));
  }

  public Future<JsonObject> result(String requestId) {
    return web.getAbs("https://api.bandwidth.com/v2/accounts/" + accountId + "/phoneNumberLookup/" + requestId)
        .basicAuthentication(apiUser, apiPassword)
        .send()
        .map(resp -> resp.bodyAsJsonObject());
  }
}
