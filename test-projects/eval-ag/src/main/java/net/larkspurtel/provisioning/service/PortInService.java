package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.http.DashboardPaths;

/** Port-in (LNP) orders for customers bringing their numbers to Larkspur. */
public class PortInService {

    public record PortRequest(String customerOrderId, String billingTelephoneNumber, String subscriberName,
            String houseNumber, String streetName, String city, String stateCode, String zip,
            String loaAuthorizingPerson, List<String> telephoneNumbers, String requestedFocDate) {
    }

    private static final String LOA_UPLOAD = "https://dashboard.bandwidth.com/api/accounts/%s/portins/%s/loas";

    private final DashboardClient dashboard;
    private final DashboardSettings settings;

    public PortInService(DashboardClient dashboard) {
        this.dashboard = dashboard;
        this.settings = dashboard.settings();
    }

    public String checkPortability(List<String> telephoneNumbers) throws IOException {
        StringBuilder xml = new StringBuilder("<NumberPortabilityRequest><TnList>");
        for (String tn : telephoneNumbers) {
            xml.append("<Tn>").append(tn).append("</Tn>");
        }
        xml.append("</TnList></NumberPortabilityRequest>");
        GenericUrl url = dashboard.account().segment("lnpchecker").build();
        url.set("fullCheck", "true");
        return dashboard.postXml(url, xml.toString());
    }

    public String submit(PortRequest request) throws IOException {
        String tns = request.telephoneNumbers().stream()
                .map(tn -> "<PhoneNumber>" + tn + "</PhoneNumber>")
                .collect(Collectors.joining());
        String xml = """
                <LnpOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <SiteId>%s</SiteId>
                  <PeerId>%s</PeerId>
                  <BillingTelephoneNumber>%s</BillingTelephoneNumber>
                  <Subscriber>
                    <SubscriberType>BUSINESS</SubscriberType>
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
                  <ListOfPhoneNumbers>%s</ListOfPhoneNumbers>
                  <RequestedFocDate>%s</RequestedFocDate>
                </LnpOrder>
                """.formatted(request.customerOrderId(), settings.siteId(), settings.sipPeerId(),
                request.billingTelephoneNumber(), request.subscriberName(), request.houseNumber(),
                request.streetName(), request.city(), request.stateCode(), request.zip(),
                request.loaAuthorizingPerson(), tns, request.requestedFocDate());
        GenericUrl url = dashboard.account().segment(DashboardPaths.PORTINS).build();
        return dashboard.postXml(url, xml);
    }

    /** LOAs are uploaded as PDF; the Dashboard answers with the stored file name. */
    public String uploadLoa(String portInId, byte[] pdf) throws IOException {
        GenericUrl url = new GenericUrl(String.format(LOA_UPLOAD, settings.accountId(), portInId));
        return dashboard.postBytes(url, "application/pdf", pdf);
    }

    public String status(String portInId) throws IOException {
        return dashboard.getRaw(dashboard.account().segments(DashboardPaths.PORTINS, portInId).build());
    }
}
