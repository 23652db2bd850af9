package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.vertx.core.Future;
import java.util.List;
import java.util.stream.Collectors;

/**
 * TN option orders: bulk changes of per-number features (SMS, CNAM display, port-out PIN).
 */
@Singleton
public class TnOptionClient {

    private static final String TN_OPTION_ORDER = """
            <TnOptionOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <TnOptionGroups>
                <TnOptionGroup>
                  <Sms>%s</Sms>
                  <TelephoneNumbers>
            %s
                  </TelephoneNumbers>
                </TnOptionGroup>
              </TnOptionGroups>
            </TnOptionOrder>
            """;

    private final DashboardHttp http;
    private final XmlCodec xml;

    @Inject
    public TnOptionClient(DashboardHttp http, XmlCodec xml) {
        this.http = http;
        this.xml = xml;
    }

    public Future<String> setSms(String customerOrderId, List<String> tns, boolean on) {
        String numbers = tns.stream()
                .map(tn -> "        <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        String body = TN_OPTION_ORDER.formatted(customerOrderId, on ? "on" : "off", numbers);
        return http.sendXml(http.post(http.url(DashboardPaths.TN_OPTIONS)), body)
                .map(resp -> xml.textOf(resp, "OrderId"));
    }

    public Future<String> status(String orderId) {
        return http.send(http.get(http.url(DashboardPaths.TN_OPTIONS) + "/" + orderId))
                .map(resp -> xml.textOf(resp, "ProcessingStatus"));
    }
}
