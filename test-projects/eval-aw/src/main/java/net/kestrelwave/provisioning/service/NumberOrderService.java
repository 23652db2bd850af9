package net.kestrelwave.provisioning.service;

import net.kestrelwave.provisioning.api.ProvisioningApi.OrderNumbersRequest;
import net.kestrelwave.provisioning.api.ProvisioningApi.OrderNumbersResponse;
import net.kestrelwave.provisioning.callbacks.PendingActivationStore;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardOperation;
import net.kestrelwave.provisioning.dashboard.DashboardRequest;
import net.kestrelwave.provisioning.dashboard.DashboardResponse;
import net.kestrelwave.provisioning.dashboard.DashboardXml;
import net.kestrelwave.provisioning.fraud.IrisClient;
import net.kestrelwave.provisioning.numbers.PhoneNumbers;
import net.kestrelwave.provisioning.rpc.HandlerRegistry;
import net.kestrelwave.provisioning.rpc.ResponseObserver;
import net.kestrelwave.provisioning.rpc.RpcException;
import net.kestrelwave.provisioning.rpc.RpcHandler;
import net.kestrelwave.provisioning.rpc.RpcException.RpcStatus;
import net.kestrelwave.provisioning.templates.TemplateRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class NumberOrderService implements RpcHandler<OrderNumbersRequest, OrderNumbersResponse> {

    /** Shown to portal users when an order is rejected; they call us, not the carrier. */
    static final String SUPPORT_LINE = "(800) 555-0199";
    private static final int BULK_ORDER_SIZE = 10;
    private static final int RISK_BLOCK_THRESHOLD = 80;

    private final DashboardHttpClient dashboard;
    private final DashboardXml xml;
    private final TemplateRenderer templates;
    private final PendingActivationStore pending;
    private final IrisClient riskScoring;
    private final EnvironmentConfig env;

    public NumberOrderService(DashboardHttpClient dashboard, DashboardXml xml, TemplateRenderer templates,
                              PendingActivationStore pending, IrisClient riskScoring, EnvironmentConfig env) {
        this.dashboard = dashboard;
        this.xml = xml;
        this.templates = templates;
        this.pending = pending;
        this.riskScoring = riskScoring;
        this.env = env;
    }

    @Override
    public String fullMethodName() {
        return HandlerRegistry.ORDER_NUMBERS;
    }

    @Override
    public void handle(OrderNumbersRequest request, ResponseObserver<OrderNumbersResponse> responses) {
        if (tooRisky(request)) {
            responses.onError(new RpcException(RpcStatus.FAILED_PRECONDITION,
                    "Order held for review, call " + SUPPORT_LINE));
            return;
        }
        List<String> national = request.numbers().stream().map(PhoneNumbers::toNational).toList();
        String body = templates.render("order.xml", Map.of(
                "customerOrderId", request.customerOrderId(),
                "siteId", env.siteId(),
                "sipPeerId", env.sipPeerId(),
                "numbers", national));
        DashboardResponse created = dashboard.execute(
                DashboardRequest.of(DashboardOperation.CREATE_ORDER, Map.of("accountId", env.accountId())).body(body));
        if (created.status() != 201) {
            responses.onError(new RpcException(RpcStatus.FAILED_PRECONDITION, "order rejected: "
                    + xml.text(created.body(), "//ErrorList/Error/Description")));
            return;
        }
        String orderId = created.createdId().orElseThrow();
        national.forEach(tn -> pending.put(tn, request.tenantId(), orderId));
        responses.onNext(new OrderNumbersResponse(orderId, "RECEIVED", List.of()));
        responses.onCompleted();
    }

    /** Orders by area code when the customer doesn't care about the exact number. */
    public String orderByAreaCode(String customerOrderId, String areaCode, int quantity) {
        String body = """
                <Order>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <SiteId>%s</SiteId>
                  <AreaCodeSearchAndOrderType>
                    <AreaCode>%s</AreaCode>
                    <Quantity>%d</Quantity>
                  </AreaCodeSearchAndOrderType>
                </Order>
                """.formatted(customerOrderId, env.siteId(), areaCode, quantity);
        return dashboard.execute(DashboardRequest.post().account(env.accountId()).path("orders").body(body))
                .createdId().orElseThrow();
    }

    private boolean tooRisky(OrderNumbersRequest request) {
        if (request.numbers().size() < BULK_ORDER_SIZE) {
            return false;
        }
        try {
            return riskScoring.score(request.tenantId(), request.numbers().size(), "0.0.0.0") >= RISK_BLOCK_THRESHOLD;
        } catch (Exception e) {
            return false;
        }
    }

    public OrderNumbersResponse status(String orderId) {
        DashboardResponse response = dashboard.execute(DashboardRequest.of(DashboardOperation.GET_ORDER,
                Map.of("accountId", env.accountId(), "orderId", orderId)));
        String status = xml.text(response.body(), "//OrderStatus");
        List<String> completed = new ArrayList<>();
        for (String fullNumber : xml.texts(response.body(), "//CompletedNumbers/TelephoneNumber/FullNumber")) {
            completed.add("1" + fullNumber);
        }
        return new OrderNumbersResponse(orderId, status, completed);
    }
}
