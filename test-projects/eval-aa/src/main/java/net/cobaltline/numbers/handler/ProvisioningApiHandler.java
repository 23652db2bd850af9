package net.cobaltline.numbers.handler;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

import net.cobaltline.numbers.config.AwsClients;
import net.cobaltline.numbers.config.EnvConfig;
import net.cobaltline.numbers.dashboard.NumberSearchApi;
import net.cobaltline.numbers.domain.OrderMessage;
import net.cobaltline.numbers.domain.ProvisioningRequest;
import net.cobaltline.numbers.external.CustomerAddressClient;
import net.cobaltline.numbers.store.NumberOrder;
import net.cobaltline.numbers.store.OrderTable;
import net.cobaltline.numbers.util.Ids;
import net.cobaltline.numbers.util.Tn;

/**
 * Our public provisioning API (API Gateway REST, proxy integration):
 * <pre>
 *   POST /v1/orders                            place an order
 *   GET  /v1/orders/{orderId}                  order status
 *   GET  /v1/numbers/search?areaCode=919       numbers the customer can pick from
 *   GET  /v1/accounts/{accountId}/addresses    the customer's service addresses
 * </pre>
 */
public class ProvisioningApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningApiHandler.class);

    static final String CREATE_ORDER = "POST /v1/orders";
    static final String GET_ORDER = "GET /v1/orders/{orderId}";
    static final String SEARCH = "GET /v1/numbers/search";
    static final String ADDRESSES = "GET /v1/accounts/{accountId}/addresses";

    private final NumberSearchApi search;
    private final OrderTable orders;
    private final SqsClient sqs;
    private final CustomerAddressClient crm;

    public ProvisioningApiHandler() {
        this(new NumberSearchApi(Services.dashboard(), Services.settings().countryCode()),
                Services.orders(),
                AwsClients.sqs(),
                CustomerAddressClient.production(java.net.http.HttpClient.newHttpClient(), System.getenv("CRM_API_KEY")));
    }

    ProvisioningApiHandler(NumberSearchApi search, OrderTable orders, SqsClient sqs, CustomerAddressClient crm) {
        this.search = search;
        this.orders = orders;
        this.sqs = sqs;
        this.crm = crm;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String route = event.getHttpMethod() + " " + event.getResource();
        try {
            return switch (route) {
                case CREATE_ORDER -> createOrder(event.getBody());
                case GET_ORDER -> getOrder(event.getPathParameters().get("orderId"));
                case SEARCH -> search(Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of()));
                case ADDRESSES -> addresses(event.getPathParameters().get("accountId"));
                default -> Responses.error(404, "no route " + route);
            };
        } catch (Exception e) {
            log.error("{} failed", route, e);
            return Responses.error(500, "internal error, request id " + context.getAwsRequestId());
        }
    }

    APIGatewayProxyResponseEvent createOrder(String body) throws Exception {
        ProvisioningRequest req = Responses.JSON.readValue(body, ProvisioningRequest.class);
        List<String> errors = req.validate();
        List<String> tns = req.isAreaCodeOrder() ? List.of() : req.telephoneNumbers().stream().map(Tn::national).toList();
        tns.stream().filter(tn -> !Tn.isValidNanp(tn)).forEach(tn -> errors.add("not a valid US number: " + tn));
        if (!errors.isEmpty()) {
            return Responses.json(400, Map.of("errors", errors));
        }
        Instant now = Instant.now();
        NumberOrder order = new NumberOrder();
        order.setOrderId(Ids.orderId());
        order.setCustomerId(req.customerId());
        order.setStatus(NumberOrder.Status.RECEIVED);
        order.setAreaCode(req.isAreaCodeOrder() ? String.valueOf(req.areaCode()) : null);
        order.setQuantity(req.isAreaCodeOrder() ? req.quantity() : tns.size());
        order.setRequestedNumbers(tns);
        order.setCreatedAt(now.toEpochMilli());
        order.setTtl(Ids.ttlEpochSeconds(now, Duration.ofDays(400)));
        orders.save(order);

        OrderMessage msg = new OrderMessage(order.getOrderId(), req.customerId(), tns,
                order.getAreaCode(), order.getQuantity(), now.toEpochMilli());
        sqs.sendMessage(SendMessageRequest.builder()
                .queueUrl(EnvConfig.orderQueueUrl())
                .messageBody(Responses.JSON.writeValueAsString(msg))
                .messageGroupId(req.customerId())
                .build());
        return Responses.json(202, Map.of("orderId", order.getOrderId(), "status", order.getStatus()));
    }

    APIGatewayProxyResponseEvent getOrder(String orderId) {
        return orders.find(orderId)
                .map(o -> Responses.json(200, Map.of(
                        "orderId", o.getOrderId(),
                        "status", o.getStatus(),
                        "numbers", Optional.ofNullable(o.getCompletedNumbers()).orElse(List.of()))))
                .orElseGet(() -> Responses.error(404, "unknown order " + orderId));
    }

    APIGatewayProxyResponseEvent search(Map<String, String> params) throws Exception {
        if (params.containsKey("market")) {
            return searchMarket(params.get("market"));
        }
        String areaCode = params.get("areaCode");
        if (areaCode == null || !areaCode.matches("[2-9]\\d\\d")) {
            return Responses.error(400, "areaCode must be three digits");
        }
        int quantity = Integer.parseInt(params.getOrDefault("quantity", "10"));
        List<String> numbers = search.available(areaCode, Math.min(quantity, 50)).stream()
                .sorted(Comparator.comparingLong(Long::parseLong))
                .toList();
        return Responses.json(200, Map.of("areaCode", areaCode, "numbers", numbers));
    }

    APIGatewayProxyResponseEvent searchMarket(String market) throws Exception {
        JsonNode markets;
        try (InputStream in = getClass().getResourceAsStream("/markets.json")) {
            markets = Responses.JSON.readTree(in);
        }
        JsonNode m = markets.path(market);
        if (m.isMissingNode()) {
            return Responses.error(404, "unknown market " + market);
        }
        List<String> areaCodes = new ArrayList<>();
        m.path("areaCodes").forEach(ac -> areaCodes.add(ac.asText()));
        return Responses.json(200, Map.of("market", market, "numbers", search.availableInAny(areaCodes, 10)));
    }

    APIGatewayProxyResponseEvent addresses(String accountId) throws Exception {
        return Responses.json(200, crm.forAccount(accountId));
    }
}
