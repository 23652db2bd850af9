package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.config.DashboardSettings;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Port-ins (LNP): portability check, order submission and status.
 */
@Singleton
public class PortInClient {

    private static final String LNP_CHECK_URL =
            "https://dashboard.bandwidth.com/api/accounts/%s/lnpchecker?fullCheck=%s";

    private static final String PORT_IN_ORDER = """
            <LnpOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <BillingTelephoneNumber>%s</BillingTelephoneNumber>
              <Subscriber>
                <SubscriberType>%s</SubscriberType>
                <BusinessName>%s</BusinessName>
                <ServiceAddress>
                  <HouseNumber>%s</HouseNumber>
                  <StreetName>%s</StreetName>
                  <City>%s</City>
                  <StateCode>%s</StateCode>
                  <Zip>%s</Zip>
                </ServiceAddress>
              </Subscriber>
              <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
              <ListOfPhoneNumbers>
            %s
              </ListOfPhoneNumbers>
              <RequestedFocDate>%s</RequestedFocDate>
              <SiteId>%s</SiteId>
              <PeerId>%s</PeerId>
            </LnpOrder>
            """;

    private final DashboardHttp http;
    private final XmlCodec xml;
    private final DashboardSettings settings;

    @Inject
    public PortInClient(DashboardHttp http, XmlCodec xml, DashboardSettings settings) {
        this.http = http;
        this.xml = xml;
        this.settings = settings;
    }

    public Future<List<String>> portable(List<String> tns) {
        String body = tns.stream()
                .map(tn -> "    <Tn>" + tn + "</Tn>")
                .collect(Collectors.joining("\n", "<NumberPortabilityRequest>\n  <TnList>\n",
                        "\n  </TnList>\n</NumberPortabilityRequest>"));
        String url = String.format(LNP_CHECK_URL, http.accountId(), "true");
        return http.sendXml(http.post(url), body).map(xml::readTnList);
    }

    /** Daily check that the LNP checker answers; uses the fixed request in templates/. */
    public Future<Boolean> smokeCheck() {
        String url = String.format(LNP_CHECK_URL, http.accountId(), "false");
        return http.sendXml(http.post(url), Templates.load("templates/lnp-smoke-check.xml"))
                .map(body -> !xml.readTnList(body).isEmpty())
                .otherwise(Boolean.FALSE);
    }

    public Future<String> submit(PortRequest request) {
        String numbers = request.tns().stream()
                .map(tn -> "    <PhoneNumber>" + tn + "</PhoneNumber>")
                .collect(Collectors.joining("\n"));
        String body = PORT_IN_ORDER.formatted(request.customerOrderId(), request.billingTn(),
                request.business() ? "BUSINESS" : "RESIDENTIAL", request.name(), request.houseNumber(),
                request.street(), request.city(), request.state(), request.zip(), request.loaPerson(),
                numbers, request.focDate(), settings.siteId(), settings.sipPeerId());
        return http.sendXml(http.post(http.url(DashboardPaths.PORTINS)), body)
                .map(resp -> xml.textOf(resp, "OrderId"));
    }

    public Future<String> status(String orderId) {
        return http.send(http.get(http.url(DashboardPaths.PORTIN, orderId)))
                .map(body -> xml.textOf(body, "ProcessingStatus"));
    }

    public Future<List<String>> numbersOf(String orderId) {
        return http.send(http.get(http.url(DashboardPaths.PORTIN, orderId) + "/tns")).map(xml::readTnList);
    }

    public record PortRequest(String customerOrderId, String billingTn, List<String> tns, boolean business,
                              String name, String houseNumber, String street, String city, String state,
                              String zip, String loaPerson, LocalDate focDate) {
    }
}
