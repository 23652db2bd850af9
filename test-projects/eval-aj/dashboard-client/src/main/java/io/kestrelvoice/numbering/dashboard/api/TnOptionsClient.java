package io.kestrelvoice.numbering.dashboard.api;

import java.util.List;
import java.util.stream.Collectors;

import io.kestrelvoice.numbering.dashboard.DashboardPaths;
import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;

/**
 * TN option orders: messaging on/off, A2P campaign assignment, CNAM display.
 */
public class TnOptionsClient {

    private final DashboardRestClient rest;

    public TnOptionsClient(DashboardRestClient rest) {
        this.rest = rest;
    }

    public String setSms(String customerOrderId, List<String> tns, boolean on) {
        String numbers = tns.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining());
        String xml = """
                <TnOptionOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <TnOptionGroups>
                        <TnOptionGroup>
                            <Sms>%s</Sms>
                            <TelephoneNumbers>%s</TelephoneNumbers>
                        </TnOptionGroup>
                    </TnOptionGroups>
                </TnOptionOrder>
                """.formatted(customerOrderId, on ? "on" : "off", numbers);
        String response = rest.post(rest.urls().account(DashboardPaths.TN_OPTIONS), xml);
        return TelephoneNumberXml.element(response, "OrderId");
    }
}
