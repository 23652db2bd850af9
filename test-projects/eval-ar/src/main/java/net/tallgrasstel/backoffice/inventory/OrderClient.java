package net.tallgrasstel.backoffice.inventory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** New-number orders. */
public class OrderClient {

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

    private static final String ORDER_TEMPLATE = """
            <Order>
              <CustomerOrderId>%s</CustomerOrderId>
              <SiteId>%s</SiteId>
              <PartialAllowed>false</PartialAllowed>
              <ExistingTelephoneNumberOrderType>
                <TelephoneNumberList>
            %s
                </TelephoneNumberList>
              </ExistingTelephoneNumberOrderType>
            </Order>
            """;

    /** DIDs of the Lenexa lab PBX; re-ordered whenever the lab account is wiped. */
    private static final String LAB_ORDER = """
            <Order>
              <Name>Lenexa lab DIDs</Name>
              <SiteId>461</SiteId>
              <PartialAllowed>true</PartialAllowed>
              <ExistingTelephoneNumberOrderType>
                <TelephoneNumberList>
                  <TelephoneNumber>9135550160</TelephoneNumber>
                  <TelephoneNumber>9135550161</TelephoneNumber>
                </TelephoneNumberList>
              </ExistingTelephoneNumberOrderType>
            </Order>
            """;

    private final IrisClient client;
    private final OkHttpClient http;
    private final String baseUrl;
    private final String accountId;
    private final String siteId;

    public OrderClient(IrisClient client, OkHttpClient http, String baseUrl, String accountId, String siteId) {
        this.client = client;
        this.http = http;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.siteId = siteId;
    }

    public String order(String customerOrderId, List<String> tns) throws IOException {
        String items = tns.stream()
                .map(tn -> "      <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        return post(ORDER_TEMPLATE.formatted(customerOrderId, siteId, items));
    }

    public String reorderLab() throws IOException {
        return post(LAB_ORDER);
    }

    public OrderResponse orderLabOverflow() throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(List.of(
                "9135550162",
                "9135550163"));
        Order order = new Order();
        order.setName("Lenexa lab overflow");
        order.setCustomerOrderId(UUID.randomUUID().toString());
        order.setSiteId(siteId);
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public OrderResponse orderInAreaCode(String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType byAreaCode = new AreaCodeSearchAndOrderType();
        byAreaCode.setAreaCode(areaCode);
        byAreaCode.setQuantity(quantity);
        Order order = new Order();
        order.setName("Area code order " + areaCode);
        order.setSiteId(siteId);
        order.setAreaCodeSearchAndOrderType(byAreaCode);
        return Order.create(client, order);
    }

    /** Numbers of a completed order, in the 11-digit form the switch loader wants. */
    public List<String> switchLoadList(OrderResponse response) {
        List<String> out = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            out.add("1" + tn.getFullNumber());
        }
        return out;
    }

    /** Orders placed by area code are billed per NPA. */
    public int billingNpa(OrderResponse response) {
        String ac = response.getOrder().getAreaCodeSearchAndOrderType().getAreaCode();
        return Integer.parseInt(ac);
    }

    /** Cross-check of a sandbox order, used by the nightly smoke job. */
    public String sandboxOrderStatus(String orderId) throws IOException {
        String url = String.format("https://test.dashboard.bandwidth.com/api/accounts/%s/orders/%s", accountId, orderId);
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }

    private String post(String xml) throws IOException {
        Request request = new Request.Builder()
                .url(baseUrl + "/accounts/" + accountId + "/orders")
                .post(RequestBody.create(xml, XML))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("Order rejected: HTTP " + response.code());
            }
            return response.header("Location", "");
        }
    }
}
