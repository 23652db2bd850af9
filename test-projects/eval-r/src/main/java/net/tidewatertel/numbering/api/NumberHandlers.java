package net.tidewatertel.numbering.api;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import net.tidewatertel.numbering.hosted.HostedMessagingClient;
import net.tidewatertel.numbering.hosted.ImportTnOrder;
import net.tidewatertel.numbering.hosted.SmsEnablementService;
import net.tidewatertel.numbering.inventory.NumberOrderService;
import net.tidewatertel.numbering.inventory.NumberSearchService;
import net.tidewatertel.numbering.store.NumberStore;

@Singleton
public class NumberHandlers {

  private static final int DEFAULT_QUANTITY = 10;

  private final NumberSearchService search;
  private final NumberOrderService orders;
  private final SmsEnablementService sms;
  private final HostedMessagingClient hosted;
  private final NumberStore store;

  @Inject
  public NumberHandlers(NumberSearchService search,
                        NumberOrderService orders,
                        SmsEnablementService sms,
                        HostedMessagingClient hosted,
                        NumberStore store) {
    this.search = search;
    this.orders = orders;
    this.sms = sms;
    this.hosted = hosted;
    this.store = store;
  }

  /** GET /api/v1/numbers/search?areaCode=757&quantity=5 */
  public void search(RoutingContext ctx) {
    String areaCode = ctx.queryParams().get("areaCode");
    if (areaCode == null || !areaCode.matches("[2-9][0-9]{2}")) {
      ctx.response().setStatusCode(400).end("areaCode must be a three-digit NPA");
      return;
    }
    int npa = Integer.parseInt(areaCode);
    int quantity = Integer.parseInt(ctx.queryParams().get("quantity") == null ? String.valueOf(DEFAULT_QUANTITY)
        : ctx.queryParams().get("quantity"));
    search.searchByAreaCode(npa, Math.min(quantity, 50))
        .onSuccess(tns -> ctx.json(new JsonObject().put("areaCode", areaCode).put("telephoneNumbers", new JsonArray(tns))))
        .onFailure(ctx::fail);
  }

  /** GET /api/v1/numbers/:tn */
  public void get(RoutingContext ctx) {
    store.findByTn(ctx.pathParam("tn"))
        .onSuccess(found -> found.ifPresentOrElse(
            rec -> ctx.json(JsonObject.mapFrom(rec)),
            () -> ctx.response().setStatusCode(404).end()))
        .onFailure(ctx::fail);
  }

  /** POST /api/v1/numbers/orders {"customerOrderId": "...", "telephoneNumbers": ["7575551234"]} */
  public void order(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    List<String> tns = body.getJsonArray("telephoneNumbers", new JsonArray()).stream().map(String::valueOf).toList();
    if (tns.isEmpty() || tns.stream().anyMatch(tn -> !tn.matches("\\d{10}"))) {
      ctx.response().setStatusCode(400).end("telephoneNumbers must be ten-digit numbers");
      return;
    }
    orders.orderExisting(body.getString("customerOrderId"), tns)
        .onSuccess(orderId -> ctx.response().setStatusCode(202).end(new JsonObject().put("orderId", orderId).encode()))
        .onFailure(ctx::fail);
  }

  /** PUT /api/v1/numbers/:tn/sms {"enabled": true} */
  public void toggleSms(RoutingContext ctx) {
    String tn = ctx.pathParam("tn");
    boolean enabled = ctx.body().asJsonObject().getBoolean("enabled", true);
    (enabled ? sms.enableSms(tn) : sms.disableSms(tn))
        .onSuccess(v -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  /** POST /api/v1/hosted-messaging/imports */
  public void importHosted(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    ImportTnOrder order = ImportTnOrder.forSubscriber(
        body.getString("subscriberName"),
        body.getString("loaAuthorizingPerson"),
        body.getJsonArray("telephoneNumbers").stream().map(String::valueOf).toList());
    hosted.importForMessaging(order)
        .onSuccess(xml -> ctx.response().setStatusCode(202).end(new JsonObject().put("customerOrderId", order.customerOrderId()).encode()))
        .onFailure(ctx::fail);
  }
}
