package net.prairiewave.numbering.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** LNP (port-in) orders for customers moving their numbers to us. */
public class PortInClient {

    private static final String PORT_IN_TEMPLATE = """
            <LnpOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <BillingTelephoneNumber>%s</BillingTelephoneNumber>
              <Subscriber>
                <SubscriberType>BUSINESS</SubscriberType>
                <BusinessName>%s</BusinessName>
              </Subscriber>
              <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
              <ListOfPhoneNumbers>
            %s  </ListOfPhoneNumbers>
              <RequestedFocDate>%s</RequestedFocDate>
              <SiteId>%s</SiteId>
              <PeerId>%s</PeerId>
            </LnpOrder>
            """;

    private final DashboardHttp http;
    private final String siteId;
    private final String peerId;

    public PortInClient(DashboardHttp http, String siteId, String peerId) {
        this.http = http;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    public String submit(String customerOrderId, String btn, String business, String authorizer,
                         List<String> tns, LocalDate foc) {
        String numbers = tns.stream()
                .map(tn -> "    <PhoneNumber>" + tn + "</PhoneNumber>\n")
                .collect(Collectors.joining());
        String body = PORT_IN_TEMPLATE.formatted(customerOrderId, btn, business, authorizer, numbers, foc, siteId, peerId);
        return http.postXml("/accounts/" + http.accountId() + "/portins", body);
    }

    /** Porting the county's 911 admin lines: BTN is fixed by the county contract. */
    public String submitCountyAdminLines(List<String> tns, LocalDate foc) {
        return submit("PW-MINNEHAHA-911", "6053672100", "Minnehaha County ECC", "J. Halvorson", tns, foc);
    }
}
