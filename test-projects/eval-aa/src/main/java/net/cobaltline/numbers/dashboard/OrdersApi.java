package net.cobaltline.numbers.dashboard;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.dashboard.xml.OrderResponseXml;
import net.cobaltline.numbers.dashboard.xml.OrderXml;

/** New-number orders: existing numbers picked from a search, or "any N in this area code". */
public class OrdersApi {

    private static final Logger log = LoggerFactory.getLogger(OrdersApi.class);

    private final DashboardClient client;

    public OrdersApi(DashboardClient client) {
        this.client = client;
    }

    @DashboardCall(method = "POST", path = "/api/accounts/{accountId}/orders")
    public String orderExisting(String customerOrderId, String siteId, String peerId, List<String> tns) {
        OrderXml order = OrderXml.builder()
                .customerOrderId(customerOrderId)
                .name("tnprov " + customerOrderId)
                .site(siteId, peerId)
                .partialAllowed(false)
                .existingNumbers(tns)
                .build();
        long start = System.currentTimeMillis();
        DashboardResponse r = client.post(client.accountUri(DashboardPaths.ORDERS), XmlMappers.write(order));
        CallMetrics.record(OrdersApi.class, "orderExisting", r.status(), System.currentTimeMillis() - start);
        String orderId = r.requireSuccess().createdId();
        log.info("Dashboard order {} created for {} ({} numbers)", orderId, customerOrderId, tns.size());
        return orderId;
    }

    @DashboardCall(method = "POST", path = "/api/accounts/{accountId}/orders")
    public String orderByAreaCode(String customerOrderId, String siteId, String peerId, String areaCode, int quantity) {
        OrderXml order = OrderXml.builder()
                .customerOrderId(customerOrderId)
                .site(siteId, peerId)
                .partialAllowed(true)
                .areaCode(areaCode, quantity)
                .build();
        return client.post(client.accountUri(DashboardPaths.ORDERS), XmlMappers.write(order))
                .requireSuccess()
                .createdId();
    }

    public OrderResponseXml get(String orderId) {
        DashboardResponse r = client.get(client.accountUri(DashboardPaths.ORDERS + "/" + orderId)).requireSuccess();
        return XmlMappers.read(r.body(), OrderResponseXml.class);
    }

    /** Raw order list filtered by number, used by support tooling. */
    public String ordersForNumber(String tn) {
        return client.get(client.accountUri(DashboardPaths.ORDERS + "?tn=" + tn)).requireSuccess().body();
    }
}
