package net.kestrelcable.provisioning.e911;

import java.time.Clock;
import java.util.Map;

import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.dashboard.xml.E911AddressPayload;
import net.kestrelcable.provisioning.util.XmlTemplates;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Provisions E911 (dynamic location) records for activated numbers.
 */
@Service
public class E911OrderService {

    private static final Logger log = LoggerFactory.getLogger(E911OrderService.class);

    private final RestClient restClient;
    private final DashboardProperties props;
    private final XmlTemplates templates;
    private final Clock clock;

    public E911OrderService(@Qualifier("dashboardRestClient") RestClient restClient,
                            DashboardProperties props,
                            XmlTemplates templates,
                            Clock clock) {
        this.restClient = restClient;
        this.props = props;
        this.templates = templates;
        this.clock = clock;
    }

    @Retryable(retryFor = RestClientException.class, maxAttempts = 4, backoff = @Backoff(delay = 5000))
    public String provision(String tn, E911AddressPayload address, String callerName) {
        String body = """
                <E911Order>
                  <CustomerOrderId>E911-%s-%d</CustomerOrderId>
                  <Address>
                    <HouseNumber>%s</HouseNumber>
                    <StreetName>%s</StreetName>
                    <City>%s</City>
                    <StateCode>%s</StateCode>
                    <Zip>%s</Zip>
                    <Country>US</Country>
                    <AddressType>Service</AddressType>
                  </Address>
                  <CallerName>%s</CallerName>
                  <TelephoneNumbers>
                    <TelephoneNumber>%s</TelephoneNumber>
                  </TelephoneNumbers>
                </E911Order>
                """.formatted(tn, clock.millis(), address.houseNumber(), address.streetName(), address.city(),
                address.stateCode(), address.zip(), callerName, tn);
        return post(body);
    }

    /**
     * The address must be known to the Dashboard before we can provision against it.
     */
    public boolean addressKnown(String addressId) {
        ResponseEntity<String> response = restClient.get()
                .uri(props.baseUrl() + "/accounts/" + props.accountId() + "/addresses/" + addressId)
                .retrieve()
                .toEntity(String.class);
        return response.getStatusCode().is2xxSuccessful();
    }

    /**
     * The PSAP test line has to be re-provisioned monthly or the county drops the ALI record.
     */
    @Scheduled(cron = "0 0 5 1 * *")
    public void provisionTestLine() {
        String body = templates.render("templates/e911-test-line.xml", Map.of(
                "customerOrderId", "E911-TEST-" + clock.millis()));
        String orderId = post(body);
        log.info("E911 test line re-provisioned, order {}", orderId);
    }

    private String post(String body) {
        ResponseEntity<String> response = restClient.post()
                .uri("/accounts/{accountId}/e911s", props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toEntity(String.class);
        String location = response.getHeaders().getFirst("Location");
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }
}
