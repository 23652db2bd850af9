package com.bluepinenet.cdrpipeline.dashboard;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.bluepinenet.cdrpipeline.config.DashboardEndpoints;
import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.springframework.stereotype.Component;

/** Disconnect orders for churned numbers and for the quarterly lab teardown. */
@Component
public class DisconnectClient {

    private static final String LAB_TEARDOWN = """
            <DisconnectTelephoneNumberOrder>
              <name>lab teardown</name>
              <DisconnectTelephoneNumberOrderType>
                <TelephoneNumberList>
                  <TelephoneNumber>9195550184</TelephoneNumber>
                  <TelephoneNumber>9195550185</TelephoneNumber>
                </TelephoneNumberList>
                <DisconnectMode>normal</DisconnectMode>
              </DisconnectTelephoneNumberOrderType>
            </DisconnectTelephoneNumberOrder>
            """;

    private final DashboardHttpClient client;
    private final DashboardProperties props;

    public DisconnectClient(DashboardHttpClient client, DashboardProperties props) {
        this.client = client;
        this.props = props;
    }

    public CompletableFuture<String> disconnect(String customerOrderId, List<String> tns) {
        String list = tns.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining());
        String body = "<DisconnectTelephoneNumberOrder><CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<DisconnectTelephoneNumberOrderType><TelephoneNumberList>" + list
                + "</TelephoneNumberList></DisconnectTelephoneNumberOrderType></DisconnectTelephoneNumberOrder>";
        return client.postXml(String.format(DashboardEndpoints.DISCONNECTS, props.getAccountId()), body);
    }

    public CompletableFuture<String> labTeardown() {
        return client.postXml(String.format(DashboardEndpoints.DISCONNECTS, props.getAccountId()), LAB_TEARDOWN);
    }
}
