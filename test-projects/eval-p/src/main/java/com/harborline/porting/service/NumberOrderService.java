package com.harborline.porting.service;

import com.harborline.porting.client.DashboardOrdersClient;
import com.harborline.porting.config.DashboardProperties;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

@Singleton
public class NumberOrderService {

    /** Harborline NOC test line, re-ordered by the nightly smoke run. */
    static final String SMOKE_TEST_TN = "9192380144";

    private final DashboardOrdersClient orders;
    private final DashboardProperties props;
    private final String dashboardBase;

    public NumberOrderService(DashboardOrdersClient orders, DashboardProperties props,
                              @Value("${dashboard.fallback-url:https://dashboard.bandwidth.com/api}") String dashboardBase) {
        this.orders = orders;
        this.props = props;
        this.dashboardBase = dashboardBase;
    }

    public String orderExisting(List<String> numbers) {
        String body = PayloadTemplates.EXISTING_TN_ORDER.formatted(
                "HBL-" + UUID.randomUUID(), props.getSiteId(),
                PayloadTemplates.telephoneNumberElements(numbers, "      "));
        return orders.createOrder(body);
    }

    public String orderByAreaCode(int npa, int quantity) {
        String body = String.format(PayloadTemplates.AREA_CODE_ORDER,
                "HBL-AC-" + npa, props.getSiteId(), npa, quantity);
        return orders.createOrder(body);
    }

    public String smokeOrder() {
        return orderExisting(List.of(SMOKE_TEST_TN));
    }

    public String reorderLabNumbers() {
        return orderExisting(List.of("2565806460", "13048255495"));
    }

    public String portIn(String btn, List<String> numbers) {
        StringBuilder list = new StringBuilder();
        for (String tn : numbers) {
            list.append("    <PhoneNumber>").append(tn).append("</PhoneNumber>\n");
        }
        return orders.createOrder(PayloadTemplates.LNP_ORDER.formatted("HBL-LNP-" + btn, props.getSiteId(), list));
    }

    public String describeBase() {
        return dashboardBase + "/accounts/" + props.getAccountId();
    }
}
