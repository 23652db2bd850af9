package net.cascadiatel.provisioning.controllers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import net.cascadiatel.provisioning.numbers.AvailableNumberSearchService;
import net.cascadiatel.provisioning.numbers.NumberOrderService;
import net.cascadiatel.provisioning.store.ProvisionedNumber;
import net.cascadiatel.provisioning.store.TnInventoryStore;
import play.libs.Json;
import play.libs.concurrent.ClassLoaderExecutionContext;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

/** Our own REST API for the self-care portal and the ops console (see conf/routes). */
public class NumbersController extends Controller {

    private static final String ORDERS_LOCATION = "/api/v1/numbers/orders/";

    private final AvailableNumberSearchService search;
    private final NumberOrderService orders;
    private final TnInventoryStore store;
    private final ClassLoaderExecutionContext ec;

    @Inject
    public NumbersController(AvailableNumberSearchService search, NumberOrderService orders, TnInventoryStore store,
                             ClassLoaderExecutionContext ec) {
        this.search = search;
        this.orders = orders;
        this.store = store;
        this.ec = ec;
    }

    /** GET /api/v1/numbers/available?areaCode=503&quantity=10 */
    public CompletionStage<Result> available(Http.Request request) {
        String areaCode = request.queryString("areaCode").orElse("503");
        int quantity = request.queryString("quantity").map(Integer::parseInt).orElse(10);
        if (!areaCode.matches("[2-9][0-9]{2}")) {
            return CompletableFuture.completedFuture(badRequest("areaCode must be three digits"));
        }
        return search.searchByAreaCode(areaCode, quantity)
                .thenApplyAsync(tns -> ok(Json.toJson(tns)), ec.current());
    }

    /** POST /api/v1/numbers/orders  {"customerAccount": "...", "numbers": ["..."]} */
    public CompletionStage<Result> order(Http.Request request) {
        JsonNode json = request.body().asJson();
        if (json == null || !json.hasNonNull("customerAccount")) {
            return CompletableFuture.completedFuture(badRequest("customerAccount is required"));
        }
        String customerAccount = json.get("customerAccount").asText();
        if (customerAccount.length() != 10 || !customerAccount.chars().allMatch(Character::isDigit)) {
            return CompletableFuture.completedFuture(badRequest("customerAccount is the 10-digit billing account"));
        }
        List<String> numbers = new ArrayList<>();
        json.withArray("numbers").forEach(n -> numbers.add(n.asText()));
        return CompletableFuture.supplyAsync(() -> {
            try {
                String orderId = orders.orderExisting(numbers, customerAccount).getOrder().getid();
                return created(Json.newObject().put("orderId", orderId))
                        .withHeader(LOCATION, ORDERS_LOCATION + orderId);
            } catch (Exception e) {
                return internalServerError(e.getMessage());
            }
        }, ec.current());
    }

    /** GET /api/v1/accounts/:accountNumber/numbers */
    public Result forCustomer(String accountNumber) {
        List<ProvisionedNumber> numbers = store.byCustomer(accountNumber);
        ObjectNode body = Json.newObject();
        body.put("account", accountNumber);
        body.put("region", accountNumber.substring(0, 3));
        body.set("numbers", Json.toJson(numbers));
        return ok(body);
    }
}
