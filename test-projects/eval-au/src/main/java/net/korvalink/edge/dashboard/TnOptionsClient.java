package net.korvalink.edge.dashboard;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;

import net.korvalink.edge.config.DashboardProperties;

/** TN option orders: SMS on/off, calling name display, port-out passcodes. */
@Component
public class TnOptionsClient {

    private final IrisClient irisClient;
    private final DashboardHttpClient dashboard;
    private final DashboardProperties props;

    public TnOptionsClient(IrisClient irisClient, DashboardHttpClient dashboard, DashboardProperties props) {
        this.irisClient = irisClient;
        this.dashboard = dashboard;
        this.props = props;
    }

    public TnOptionOrderResponse setSms(List<String> tns, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("sms-" + UUID.randomUUID());
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(irisClient, order);
    }

    public String setCallingNameDisplay(List<String> tns, boolean on) {
        String numbers = tns.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining());
        String body = """
                <TnOptionOrder>
                  <CustomerOrderId>cnam-%s</CustomerOrderId>
                  <TnOptionGroups>
                    <TnOptionGroup>
                      <CallingNameDisplay>%s</CallingNameDisplay>
                      <Sms>unchanged</Sms>
                      <TelephoneNumbers>%s</TelephoneNumbers>
                    </TnOptionGroup>
                  </TnOptionGroups>
                </TnOptionOrder>
                """.formatted(UUID.randomUUID(), on ? "on" : "off", numbers);
        return dashboard.post(String.format(DashboardEndpoints.TN_OPTIONS, props.getAccountId()), body);
    }

    public TnOptionOrder get(String orderId) throws Exception {
        return TnOptions.get(irisClient, orderId);
    }
}
