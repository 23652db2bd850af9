package net.corvalink.numbering.activities;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpChecker;
import com.bandwidth.iris.sdk.model.NumberPortabilityRequest;
import com.bandwidth.iris.sdk.model.NumberPortabilityResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.activity.Activity;
import net.corvalink.numbering.config.NumberingConfig;
import net.corvalink.numbering.iris.DashboardHttp;
import net.corvalink.numbering.iris.XmlSupport;
import net.corvalink.numbering.workflows.PortInWorkflow;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

public class PortingActivitiesImpl implements PortingActivities {

    private static final Logger log = LoggerFactory.getLogger(PortingActivitiesImpl.class);

    /** Corvalink's own main line, used as BTN when the customer does not know theirs. */
    private static final String CORVALINK_BTN = "3125550100";

    private final NumberingConfig config;
    private final DashboardHttp http;
    private final IrisClient sdk;

    public PortingActivitiesImpl(NumberingConfig config, DashboardHttp http, IrisClient sdk) {
        this.config = config;
        this.http = http;
        this.sdk = sdk;
    }

    @Override
    public List<String> portableNumbers(List<String> tns) {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(tns);
        try {
            NumberPortabilityResponse response = LnpChecker.checkLnp(sdk, request, "true");
            List<String> portable = response.getPortableNumbers() == null ? List.of() : response.getPortableNumbers();
            return portable.stream().filter(tn -> tn.length() == 10).collect(Collectors.toList());
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String submitPortIn(PortInWorkflow.Request request) {
        String btn = request.billingTelephoneNumber() != null ? request.billingTelephoneNumber() : CORVALINK_BTN;
        String numbers = request.numbers().stream()
                .map(tn -> "<PhoneNumber>" + tn + "</PhoneNumber>")
                .collect(Collectors.joining());
        String body = """
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
                      <Country>USA</Country>
                    </ServiceAddress>
                  </Subscriber>
                  <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
                  <ListOfPhoneNumbers>%s</ListOfPhoneNumbers>
                  <SiteId>%s</SiteId>
                  <PeerId>%s</PeerId>
                  <RequestedFocDate>%s</RequestedFocDate>
                </LnpOrder>
                """.formatted(request.customerId(), btn, XmlSupport.escape(request.businessName()),
                request.houseNumber(), XmlSupport.escape(request.streetName()), request.city(),
                request.stateCode(), request.zip(), XmlSupport.escape(request.loaAuthorizingPerson()),
                numbers, config.defaultSiteId(), config.defaultSipPeerId(), request.requestedFocDate());
        String url = String.format("https://dashboard.bandwidth.com/v1.0/accounts/%s/portins", config.accountId());
        try {
            JsonNode answer = http.post(url, body);
            return answer.path("OrderId").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String portInStatus(String orderId) {
        try {
            URI uri = new URIBuilder("https://dashboard.bandwidth.com")
                    .setPath("/v1.0/accounts/" + config.accountId() + "/portins/" + orderId)
                    .build();
            JsonNode answer = http.get(uri);
            String status = answer.path("ProcessingStatus").asText();
            log.info("port-in {} is {}", orderId, status);
            return status;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public void assignToSipPeer(List<String> tns, boolean smsEnabled) {
        StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumbers>");
        for (String tn : tns) {
            xml.append("<SipPeerTelephoneNumber>")
                    .append("<FullNumber>").append(tn).append("</FullNumber>")
                    .append("<MessagingSettings><SmsEnabled>").append(smsEnabled).append("</SmsEnabled></MessagingSettings>")
                    .append("</SipPeerTelephoneNumber>");
        }
        xml.append("</SipPeerTelephoneNumbers>");
        String url = http.accountUrl("/sites/" + config.defaultSiteId() + "/sippeers/" + config.defaultSipPeerId() + "/tns");
        try {
            http.post(url, xml.toString());
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public boolean labNumberPortable() {
        String body = """
                <NumberPortabilityRequest>
                  <TnList>
                    <Tn>7045550193</Tn>
                  </TnList>
                </NumberPortabilityRequest>
                """;
        try {
            JsonNode answer = http.post(http.accountUrl("/lnpchecker?fullCheck=true"), body);
            String portable = answer.path("PortableNumbers").path("Tn").asText();
            return !portable.isEmpty() && Long.parseLong(portable) == 7045550193L;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }
}
