package net.cobaltline.numbers.dashboard;

import java.util.List;
import java.util.UUID;

import net.cobaltline.numbers.dashboard.xml.TnOptionOrderXml;

/** TN option orders: the batch way to change per-number features. */
public class TnOptionsApi {

    private final DashboardClient client;

    public TnOptionsApi(DashboardClient client) {
        this.client = client;
    }

    @DashboardCall(method = "POST", path = "/accounts/{accountId}/tnoptions")
    public String setSms(List<String> tns, boolean enabled) {
        TnOptionOrderXml order = new TnOptionOrderXml();
        order.customerOrderId = "sms-" + UUID.randomUUID();
        TnOptionOrderXml.Group group = new TnOptionOrderXml.Group();
        group.sms = enabled ? "on" : "off";
        group.telephoneNumbers = List.copyOf(tns);
        order.groups.add(group);
        return client.post(client.accountUri(DashboardPaths.TN_OPTIONS), XmlMappers.write(order))
                .requireSuccess()
                .createdId();
    }

    public String status(String orderId) {
        return client.get(client.accountUri(DashboardPaths.TN_OPTIONS + "/" + orderId)).requireSuccess().body();
    }
}
