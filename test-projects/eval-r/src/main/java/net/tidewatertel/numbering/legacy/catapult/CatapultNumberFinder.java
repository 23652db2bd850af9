package net.tidewatertel.numbering.legacy.catapult;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Number search against the old Catapult API, still used by the prepaid brand's storefront
 * until it moves to the Dashboard search (NUM-1877).
 */
public class CatapultNumberFinder {

  private static final String CATAPULT_BASE = "https://api.catapult.inetwork.com/v1";

  private final WebClient web;
  private final String userId;
  private final String apiToken;
  private final String apiSecret;

  public CatapultNumberFinder(WebClient web, String userId, String apiToken, String apiSecret) {
    this.web = web;
    this.userId = userId;
    this.apiToken = apiToken;
    this.apiSecret = apiSecret;
  }

  public Future<List<String>> localNumbers(String areaCode, int quantity) {
    return web.getAbs(CATAPULT_BASE + "/users/" + userId + "/availableNumbers/local")
        .basicAuthentication(apiToken, apiSecret)
        .addQueryParam("areaCode", areaCode)
        .addQueryParam("quantity", String.valueOf(quantity))
        .send()
        .map(resp -> {
          JsonArray found = resp.bodyAsJsonArray();
          List<String> numbers = new ArrayList<>();
          for (int i = 0; i < found.size(); i++) {
            numbers.add(found.getJsonObject(i).getString("number"));
          }
          return numbers;
        });
  }

  public Future<List<String>> tollFree(String pattern) {
    String url = String.format("%s/users/%s/availableNumbers/tollFree?pattern=%s&quantity=5", CATAPULT_BASE, userId, pattern);
    return web.getAbs(url)
        .basicAuthentication(apiToken, apiSecret)
        .send()
        .map(resp -> resp.bodyAsJsonArray().stream().map(String::valueOf).toList());
  }
}
