package net.korvalink.edge.dashboard;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import net.korvalink.edge.config.DashboardProperties;

/** Port-in (LNP) orders filed by the porting desk. */
@Component
public class PortInClient {

    private final DashboardHttpClient dashboard;
    private final DashboardProperties props;

    public PortInClient(DashboardHttpClient dashboard, DashboardProperties props) {
        this.dashboard = dashboard;
        this.props = props;
    }

    public record PortInRequest(String pon, String billingTelephoneNumber, String businessName, String houseNumber,
            String streetName, String city, String stateCode, String zip, String authorizedBy, List<String> numbers) {
    }

    public String lnpOrderXml(PortInRequest request) {
        String numbers = request.numbers().stream()
                .map(tn -> "        <PhoneNumber>" + tn + "</PhoneNumber>")
                .collect(Collectors.joining("\n"));
        return """
                <LnpOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
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
                    <ListOfPhoneNumbers>
                %s
                    </ListOfPhoneNumbers>
                    <SiteId>%s</SiteId>
                    <PeerId>%s</PeerId>
                </LnpOrder>
                """.formatted(request.pon(), request.billingTelephoneNumber(), request.businessName(),
                request.houseNumber(), request.streetName(), request.city(), request.stateCode(), request.zip(),
                request.authorizedBy(), numbers, props.getSiteId(), props.getSipPeerId());
    }

    public String submit(PortInRequest request) {
        return dashboard.post("/accounts/" + props.getAccountId() + "/portins", lnpOrderXml(request));
    }

    public String status(String orderId) {
        return dashboard.get("/accounts/" + props.getAccountId() + "/portins/" + orderId);
    }
}
