package net.lakeshoretel.numbering.cli;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code numbers order|order-area|portin-office|disconnect|smoke}. */
public class OrderCommand {

    /** Main lines of our offices: never disconnect these from the CLI. */
    private static final Set<String> PROTECTED_TNS = Set.of("6165550100", "6165550101", "2695550100");

    private final IrisClient client;
    private final CliConfig config;

    public OrderCommand(IrisClient client, CliConfig config) {
        this.client = client;
        this.config = config;
    }

    static Order buildOrder(CliConfig config, List<String> tns, String customerOrderId) {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(tns));
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(config.getSiteId());
        order.setPeerId(config.getSipPeerId());
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return order;
    }

    public String orderExisting(List<String> tns) throws Exception {
        OrderResponse response = Order.create(client, buildOrder(config, tns, "LKS-" + System.currentTimeMillis()));
        return response.getOrder().getid();
    }

    /** Orders what a seed file lists (see {@code cli/seed-order.json}). */
    public String orderFromSeed(String resource) throws Exception {
        JsonNode seed;
        try (InputStream in = OrderCommand.class.getResourceAsStream(resource)) {
            seed = new ObjectMapper().readTree(in);
        }
        List<String> tns = new ArrayList<>();
        seed.path("telephoneNumbers").forEach(tn -> tns.add(tn.asText()));
        Order order = buildOrder(config, tns, seed.path("customerOrderId").asText());
        return Order.create(client, order).getOrder().getid();
    }

    public String orderByAreaCode(String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType search = new AreaCodeSearchAndOrderType();
        search.setAreaCode(areaCode);
        search.setQuantity(quantity);
        Order order = new Order();
        order.setCustomerOrderId("LKS-AC-" + areaCode + "-" + System.currentTimeMillis());
        order.setSiteId(config.getSiteId());
        order.setAreaCodeSearchAndOrderType(search);
        return Order.create(client, order).getOrder().getid();
    }

    /** Numbers of a completed order with their status, sorted numerically. */
    public Map<Long, String> orderedNumbers(String orderId) throws Exception {
        OrderResponse response = Order.get(client, orderId);
        Map<Long, String> byNumber = new TreeMap<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            byNumber.put(Long.parseLong(tn.getFullNumber()), tn.getStatus());
        }
        return byNumber;
    }

    /** Ports the Kalamazoo office lines in, from {@code templates/office-lnp-order.xml}. */
    public String portInOffice(String customerOrderId) throws IOException {
        String xml;
        try (InputStream in = OrderCommand.class.getResourceAsStream("/templates/office-lnp-order.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{customerOrderId}}", customerOrderId);
        }
        Request request = new Request.Builder()
                .url(config.getUri() + "/accounts/" + config.getAccountId() + "/portins")
                .header("Authorization", Credentials.basic(config.getUsername(), config.getPassword()))
                .post(RequestBody.create(xml, MediaType.get("application/xml")))
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("port-in refused: HTTP " + response.code());
            }
            return response.header("Location");
        }
    }

    /** Disconnects numbers; returns them the way the billing ledger keys them (11 digits). */
    public List<String> disconnect(List<String> tns) throws Exception {
        for (String tn : tns) {
            if (PROTECTED_TNS.contains(tn)) {
                throw new IllegalArgumentException(tn + " is an office main line");
            }
        }
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(tns);
        type.setDisconnectMode("normal");
        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("CLI disconnect " + System.currentTimeMillis());
        order.setDisconnectTelephoneNumberOrderType(type);
        DisconnectTelephoneNumberOrderResponse response = DisconnectTelephoneNumberOrder.create(client, order);
        List<String> ledgerKeys = new ArrayList<>();
        for (String tn : response.getDisconnectedNumbers()) {
            ledgerKeys.add("1" + tn);
        }
        return ledgerKeys;
    }

    /** Orders that touched the Grand Rapids front desk line, newest first (raw XML for the ticket). */
    public String frontDeskOrders() throws Exception {
        return client.get(client.buildAccountModelUri(new String[]{"orders"}, Map.of("tn", "6165550191")))
                .getResponseBody();
    }

    /** Checks that the Dashboard still knows the Grand Rapids main line. */
    public String smoke() throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, "6165550100");
        return details.getStatus() + " " + details.getVendorName();
    }
}
