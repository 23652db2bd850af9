package net.kestrelwave.integration.ordering;

import java.util.List;
import java.util.stream.Collectors;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpChecker;
import com.bandwidth.iris.sdk.model.NumberPortabilityRequest;
import com.bandwidth.iris.sdk.model.NumberPortabilityResponse;
import net.kestrelwave.integration.config.DashboardProperties;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

/**
 * Port-in support for enterprise customers moving their main numbers to us.
 */
@Service
public class PortabilityService {

    private final IrisClient client;
    private final RestTemplate dashboardRestTemplate;
    private final DashboardProperties dashboard;

    public PortabilityService(IrisClient client, RestTemplate dashboardRestTemplate, DashboardProperties dashboard) {
        this.client = client;
        this.dashboardRestTemplate = dashboardRestTemplate;
        this.dashboard = dashboard;
    }

    public NumberPortabilityResponse check(List<String> tns) throws Exception {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(tns);
        return LnpChecker.checkLnp(client, request, "true");
    }

    public NumberPortabilityResponse checkHeadquartersBlock() throws Exception {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(List.of(
                "7045550130",
                "7045550131"));
        return LnpChecker.checkLnp(client, request, "true");
    }

    /** Port-in for the Charlotte office; the LOA was signed in March. */
    public String submitCharlottePortIn(String customerOrderId) {
        String body = """
                <LnpOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <BillingTelephoneNumber>7045550130</BillingTelephoneNumber>
                  <Subscriber>
                    <SubscriberType>BUSINESS</SubscriberType>
                    <BusinessName>Kestrel Wave Communications</BusinessName>
                    <ServiceAddress>
                      <HouseNumber>401</HouseNumber>
                      <StreetName>S Tryon St</StreetName>
                      <City>Charlotte</City>
                      <StateCode>NC</StateCode>
                      <Zip>28202</Zip>
                    </ServiceAddress>
                  </Subscriber>
                  <LoaAuthorizingPerson>R. Okafor</LoaAuthorizingPerson>
                  <ListOfPhoneNumbers>
                    <PhoneNumber>7045550131</PhoneNumber>
                  </ListOfPhoneNumbers>
                  <SiteId>%s</SiteId>
                  <PeerId>%s</PeerId>
                </LnpOrder>
                """.formatted(customerOrderId, dashboard.getSiteId(), dashboard.getSipPeerId());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return dashboardRestTemplate.postForObject(dashboard.getBaseUrl() + "/accounts/{accountId}/portins",
                new HttpEntity<>(body, headers), String.class, dashboard.getAccountId());
    }

    public String describe(List<String> tns) {
        return tns.stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
