package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;

/** Port-in (LNP) orders for customers who bring their number from another carrier. */
@ApplicationScoped
public class PortInClient {

    public record PortInRequest(String customerOrderId, String billingTn, List<String> tns,
                                String subscriberName, String houseNumber, String streetName,
                                String city, String stateCode, String zip, LocalDate requestedFoc) {
    }

    private DashboardClient dashboard;

    protected PortInClient() {
    }

    @Inject
    public PortInClient(DashboardClient dashboard) {
        this.dashboard = dashboard;
    }

    public String submit(PortInRequest req) {
        StringBuilder xml = new StringBuilder("<LnpOrder>");
        xml.append("<CustomerOrderId>").append(XmlSnippets.escape(req.customerOrderId())).append("</CustomerOrderId>");
        xml.append("<SiteId>").append(dashboard.settings().siteId()).append("</SiteId>");
        xml.append("<PeerId>").append(dashboard.settings().sipPeerId()).append("</PeerId>");
        xml.append("<BillingTelephoneNumber>").append(req.billingTn()).append("</BillingTelephoneNumber>");
        xml.append("<Subscriber><SubscriberType>RESIDENTIAL</SubscriberType>")
                .append("<FirstName>").append(XmlSnippets.escape(req.subscriberName())).append("</FirstName>")
                .append("<ServiceAddress>")
                .append("<HouseNumber>").append(XmlSnippets.escape(req.houseNumber())).append("</HouseNumber>")
                .append("<StreetName>").append(XmlSnippets.escape(req.streetName())).append("</StreetName>")
                .append("<City>").append(XmlSnippets.escape(req.city())).append("</City>")
                .append("<StateCode>").append(req.stateCode()).append("</StateCode>")
                .append("<Zip>").append(req.zip()).append("</Zip>")
                .append("</ServiceAddress></Subscriber>");
        xml.append("<LoaAuthorizingPerson>").append(XmlSnippets.escape(req.subscriberName())).append("</LoaAuthorizingPerson>");
        xml.append("<ListOfPhoneNumbers>");
        for (String tn : req.tns()) {
            xml.append("<PhoneNumber>").append(tn).append("</PhoneNumber>");
        }
        xml.append("</ListOfPhoneNumbers>");
        xml.append("<RequestedFocDate>").append(req.requestedFoc()).append("T00:00:00Z</RequestedFocDate>");
        xml.append("</LnpOrder>");

        String url = MessageFormat.format("{0}/accounts/{1}/portins", dashboard.baseUrl(), dashboard.accountId());
        try (Response response = dashboard.client().target(url)
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(xml.toString(), MediaType.APPLICATION_XML_TYPE))) {
            dashboard.check(response);
            return DashboardClient.idFromLocation(response);
        }
    }

    public String status(String portInId) {
        return dashboard.get(dashboard.account().path("portins").path(portInId), String.class);
    }

    /** Moves the FOC date; the Dashboard calls this a "supp". */
    public void supplement(String portInId, LocalDate newFoc) {
        String body = "<LnpOrderSupp><RequestedFocDate>" + newFoc + "T00:00:00Z</RequestedFocDate></LnpOrderSupp>";
        try (Response response = dashboard.account().path("portins").path(portInId)
                .request(MediaType.APPLICATION_XML)
                .put(Entity.entity(body, MediaType.APPLICATION_XML_TYPE))) {
            dashboard.check(response);
        }
    }
}
