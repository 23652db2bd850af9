package com.northforktel.numbering.api;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.dashboard.AvailableNumberSearch;
import com.northforktel.numbering.dashboard.OrderGateway;
import com.northforktel.numbering.dashboard.SipPeerTnClient;
import com.northforktel.numbering.inventory.NumberRecord;
import com.northforktel.numbering.inventory.NumberStore;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code /api/numbers} endpoints.
 */
@Singleton
public class NumberApiHandler {

    /** Console and portal send national ten-digit numbers. */
    private static final Pattern CUSTOMER_TN = Pattern.compile("\\d{10}");
    private static final Pattern AREA_CODE = Pattern.compile("[2-9]\\d{2}");

    private final AvailableNumberSearch search;
    private final OrderGateway orders;
    private final SipPeerTnClient sipPeer;
    private final NumberStore store;

    @Inject
    public NumberApiHandler(AvailableNumberSearch search, OrderGateway orders, SipPeerTnClient sipPeer,
                            NumberStore store) {
        this.search = search;
        this.orders = orders;
        this.sipPeer = sipPeer;
        this.store = store;
    }

    public void search(RoutingContext ctx) {
        String areaCode = ctx.queryParams().get("areaCode");
        int quantity = Integer.parseInt(ctx.queryParams().contains("quantity") ? ctx.queryParams().get("quantity") : "10");
        if (areaCode == null || !AREA_CODE.matcher(areaCode).matches()) {
            ApiResponses.badRequest(ctx, "areaCode must be a three-digit NANP area code");
            return;
        }
        search.byAreaCode(areaCode, Math.min(quantity, 100))
                .onSuccess(tns -> ctx.json(new JsonObject()
                        .put("areaCode", areaCode)
                        .put("numbers", new JsonArray(tns))))
                .onFailure(err -> ApiResponses.upstream(ctx, err));
    }

    public void get(RoutingContext ctx) {
        String tn = ctx.pathParam("tn");
        if (!CUSTOMER_TN.matcher(tn).matches()) {
            ApiResponses.badRequest(ctx, "tn must have ten digits");
            return;
        }
        store.findByTn(tn).onSuccess(found -> {
            if (found.isEmpty()) {
                ctx.response().setStatusCode(404).end();
            } else {
                NumberRecord r = found.get();
                ctx.json(new JsonObject().put("tn", r.tn()).put("status", r.status().name())
                        .put("lastSeen", r.lastSeen().toString()));
            }
        }).onFailure(ctx::fail);
    }

    public void order(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        List<String> tns = body.getJsonArray("numbers", new JsonArray()).stream().map(String::valueOf).toList();
        if (tns.isEmpty() || !tns.stream().allMatch(tn -> CUSTOMER_TN.matcher(tn).matches())) {
            ApiResponses.badRequest(ctx, "numbers must be ten-digit numbers");
            return;
        }
        orders.orderExisting(body.getString("customerOrderId"), tns)
                .onSuccess(orderId -> ctx.response().setStatusCode(202).end(new JsonObject().put("orderId", orderId).encode()))
                .onFailure(err -> ApiResponses.upstream(ctx, err));
    }

    public void toggleSms(RoutingContext ctx) {
        String tn = ctx.pathParam("tn");
        boolean enabled = ctx.body().asJsonObject().getBoolean("enabled", false);
        sipPeer.setSms(tn, enabled)
                .onSuccess(v -> ctx.response().setStatusCode(204).end())
                .onFailure(err -> ApiResponses.upstream(ctx, err));
    }

    public void summary(RoutingContext ctx) {
        Future.all(
                        store.countByStatus(NumberRecord.Status.IN_SERVICE),
                        store.countByStatus(NumberRecord.Status.PORTING_IN),
                        store.countByStatus(NumberRecord.Status.HOSTED_MESSAGING))
                .onSuccess(cf -> ctx.json(new JsonObject()
                        .put("inService", cf.resultAt(0))
                        .put("portingIn", cf.resultAt(1))
                        .put("hostedMessaging", cf.resultAt(2))))
                .onFailure(ctx::fail);
    }
}
