package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.config.ToolkitConfig;
import io.northstarvoice.toolkit.http.HttpResult;
import io.northstarvoice.toolkit.http.HttpTransport;
import io.northstarvoice.toolkit.model.PortRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Orders of numbers already in our inventory, and port-in status look-ups. */
public class PortingService extends DashboardClient {

    private final String siteId;

    public PortingService(HttpTransport transport, ToolkitConfig config) {
        super(transport, config);
        this.siteId = config.siteId();
    }

    public String orderExisting(String customerOrderId, List<String> tns) {
        var order = new XmlPayloads.OrderPayload(customerOrderId, siteId, true, new XmlPayloads.ExistingNumbers(tns));
        HttpResult result = postXml(String.format(IrisEndpoints.ORDERS, accountId), XmlPayloads.write(order));
        return result.locationId().orElseThrow();
    }

    public String submitRawOrder(String xml) {
        return postXml(String.format(IrisEndpoints.ORDERS, accountId), xml).locationId().orElseThrow();
    }

    public Optional<String> portInStatus(PortRequest request) {
        return Optional.ofNullable(request.bandwidthOrderId())
                .map(id -> get(IrisEndpoint.PORT_IN.expand(Map.of("accountId", accountId, "orderId", id))).body());
    }

    public String tnDetails(String tn) {
        return get(IrisEndpoint.TN_DETAILS.expand(Map.of("tn", tn))).body();
    }
}
