package net.lumivox.numbering.ordering;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/**
 * Polls orders whose callback did not arrive within the SLA.
 */
public class OrderStatusPoller {

    private final IrisClient client;
    private final Client http;
    private final String accountId;

    public OrderStatusPoller(IrisClient client, Client http, String accountId) {
        this.client = client;
        this.http = http;
        this.accountId = accountId;
    }

    public boolean isComplete(String orderId) throws Exception {
        return "COMPLETE".equals(Order.get(client, orderId).getOrderStatus());
    }

    public List<String> completedNumbers(String orderId) throws Exception {
        OrderResponse response = Order.get(client, orderId);
        List<String> e164 = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            e164.add("+1" + tn.getFullNumber());
        }
        return e164;
    }

    public List<String> failedNumbersForEmail(String orderId) throws Exception {
        List<String> lines = new ArrayList<>();
        for (TelephoneNumber tn : Order.get(client, orderId).getFailedNumbers()) {
            lines.add(display(tn.getFullNumber()) + " (" + tn.getStatus() + ")");
        }
        return lines;
    }

    static String display(String tn) {
        return "(" + tn.substring(0, 3) + ") " + tn.substring(3, 6) + "-" + tn.substring(6);
    }

    /** Raw XML of an order, attached to escalation tickets. */
    public String rawOrder(String orderId) {
        String url = String.format("https://dashboard.bandwidth.com/api/accounts/%s/orders/%s", accountId, orderId);
        return http.target(url).request(MediaType.APPLICATION_XML).get(String.class);
    }

    /** Link for the escalation ticket, opened by a person in the browser. */
    public String portalLink(String orderId) {
        return "https://dashboard.bandwidth.com/portal/report/#orderdetail:%s".formatted(orderId);
    }
}
