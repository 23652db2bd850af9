package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.config.DashboardSettings;
import com.northforktel.numbering.dashboard.model.OrderPayload;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New-number orders. Ports have their own client ({@link PortInClient}).
 */
@Singleton
public class OrderGateway {

    private static final Logger log = LoggerFactory.getLogger(OrderGateway.class);

    /**
     * Nightly re-order of the two test lines that the NOC uses to check the order pipeline end
     * to end; they are released again by the disconnect job.
     */
    private static final String CANARY_ORDER = """
            <Order>
              <CustomerOrderId>canary-%s</CustomerOrderId>
              <SiteId>%s</SiteId>
              <PartialAllowed>true</PartialAllowed>
              <ExistingTelephoneNumberOrderType>
                <TelephoneNumberList>
                  <TelephoneNumber>2565550147</TelephoneNumber>
                  <TelephoneNumber>2565550148</TelephoneNumber>
                </TelephoneNumberList>
              </ExistingTelephoneNumberOrderType>
            </Order>
            """;

    private final DashboardHttp http;
    private final XmlCodec xml;
    private final DashboardSettings settings;

    @Inject
    public OrderGateway(DashboardHttp http, XmlCodec xml, DashboardSettings settings) {
        this.http = http;
        this.xml = xml;
        this.settings = settings;
    }

    /** Orders specific numbers picked from a search; returns the Dashboard order id. */
    public Future<String> orderExisting(String customerOrderId, List<String> tns) {
        OrderPayload order = OrderPayload.existing(customerOrderId, settings.siteId(), settings.sipPeerId(), tns);
        log.info("ordering {} numbers as {}", tns.size(), customerOrderId);
        return http.sendXml(http.post(http.url(DashboardPaths.ORDERS)), xml.write(order))
                .map(body -> xml.read(body, OrderPayload.Response.class).orderId());
    }

    /** Lets the Dashboard pick numbers in an area code. */
    public Future<String> orderByAreaCode(String customerOrderId, int areaCode, int quantity) {
        String body = "<Order><CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<SiteId>" + settings.siteId() + "</SiteId>"
                + "<AreaCodeSearchAndOrderType><AreaCode>" + areaCode + "</AreaCode>"
                + "<Quantity>" + quantity + "</Quantity></AreaCodeSearchAndOrderType></Order>";
        return http.sendXml(http.post(http.url(DashboardPaths.ORDERS)), body)
                .map(resp -> xml.read(resp, OrderPayload.Response.class).orderId());
    }

    public Future<OrderPayload.Response> get(String orderId) {
        return http.send(http.get(http.url(DashboardPaths.ORDER, orderId)))
                .map(body -> xml.read(body, OrderPayload.Response.class));
    }

    public Future<String> placeCanaryOrder() {
        String body = CANARY_ORDER.formatted(LocalDate.now(), settings.siteId());
        return http.sendXml(http.post(http.url(DashboardPaths.ORDERS)), body)
                .map(resp -> xml.read(resp, OrderPayload.Response.class).orderId())
                .onFailure(err -> log.error("canary order failed", err));
    }
}
