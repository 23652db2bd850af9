package io.kestrelvoice.numbering.dashboard.api;

import java.util.List;

import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.xml.OrderXmlBuilder;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;

/**
 * New-number orders for numbers we already picked from a search.
 */
public class OrderClient {

    /** Parsed OrderResponse: status plus the numbers that completed or failed. */
    public record OrderStatus(String orderId, String status, List<String> completedNumbers, List<String> failedNumbers) {

        public boolean isFinal() {
            return "COMPLETE".equals(status) || "FAILED".equals(status) || "PARTIAL".equals(status);
        }
    }

    private final DashboardRestClient rest;
    private final String defaultSiteId;

    public OrderClient(DashboardRestClient rest, String defaultSiteId) {
        this.rest = rest;
        this.defaultSiteId = defaultSiteId;
    }

    public String orderExisting(String customerOrderId, List<String> telephoneNumbers) {
        String xml = OrderXmlBuilder.order()
                .customerOrderId(customerOrderId)
                .siteId(defaultSiteId)
                .telephoneNumbers(telephoneNumbers)
                .build();
        String response = rest.post(rest.urls().orders(), xml);
        return TelephoneNumberXml.element(response, "id");
    }

    public OrderStatus status(String orderId) {
        String body = rest.get(rest.urls().order(orderId));
        String status = TelephoneNumberXml.element(body, "OrderStatus");
        List<String> completed = TelephoneNumberXml.elements(body, "CompletedNumbers").isEmpty()
                ? TelephoneNumberXml.telephoneNumbers(body)
                : TelephoneNumberXml.fullNumbers(body);
        List<String> failed = TelephoneNumberXml.elements(body, "FailedNumber");
        return new OrderStatus(orderId, status, completed, failed);
    }
}
