package net.tidewatertel.numbering.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.orders.HostedImportRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * Hosted messaging: enables SMS on numbers whose voice service stays with another carrier
 * (business customers porting only their texting to us).
 */
@Service
public class HostedMessagingGateway {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingGateway.class);

    private static final String IMPORT_ORDER_XML = """
            <ImportTnOrder>
                <CustomerOrderId>%s</CustomerOrderId>
                <SiteId>%s</SiteId>
                <SipPeerId>%s</SipPeerId>
                <Subscriber>
                    <Name>%s</Name>
                </Subscriber>
                <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
                <LoaType>CARRIER</LoaType>
                <TelephoneNumbers>
            %s    </TelephoneNumbers>
            </ImportTnOrder>
            """;

    private final RestClient restClient;
    private final DashboardProperties props;

    public HostedMessagingGateway(RestClient.Builder builder, DashboardProperties props) {
        this.props = props;
        this.restClient = builder
                .baseUrl(props.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .build();
    }

    public String importForMessaging(HostedImportRequest request) {
        String numbers = request.telephoneNumbers().stream()
                .map(tn -> "        <TelephoneNumber>" + tn + "</TelephoneNumber>\n")
                .collect(Collectors.joining());
        String body = IMPORT_ORDER_XML.formatted(request.customerOrderId(), props.getSiteId(), props.getSipPeerId(),
                request.subscriberName(), request.loaAuthorizingPerson(), numbers);
        log.info("Submitting import order {} for {} numbers", request.customerOrderId(), request.telephoneNumbers().size());
        return restClient.post()
                .uri(DashboardPaths.IMPORT_TN_ORDERS, props.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public String importOrderStatus(String orderId) {
        return restClient.get()
                .uri(String.format("/accounts/%s/importTnOrders/%s", props.getAccountId(), orderId))
                .accept(MediaType.APPLICATION_XML)
                .retrieve()
                .body(String.class);
    }

    public String removeImported(String customerOrderId, List<String> telephoneNumbers) {
        StringBuilder xml = new StringBuilder("<RemoveImportedTnOrder>");
        xml.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        xml.append("<TelephoneNumbers>");
        telephoneNumbers.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers></RemoveImportedTnOrder>");
        return restClient.post()
                .uri(DashboardPaths.REMOVE_IMPORTED_TN_ORDERS, props.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(xml.toString())
                .retrieve()
                .body(String.class);
    }

    public String removalsSince(LocalDate since) {
        return restClient.get()
                .uri(b -> b.path("/accounts/{accountId}")
                        .path("/removeImportedTnOrders")
                        .queryParam("createdDateFrom", since)
                        .build(props.getAccountId()))
                .retrieve()
                .body(String.class);
    }

    /** Older external-TN orders from before hosted messaging had its own order type. */
    public String externalTnsOrder(String orderId) {
        // new inventory goes through importTnOrders; /externalTns is only read for orders placed before 2022
        log.debug("Reading /externalTns order {}", orderId);
        String path = "/accounts/" + props.getAccountId() + "/externalTns/" + orderId;
        return restClient.get().uri(path).retrieve().body(String.class);
    }

    /** Numbers that can be imported at all (checks portability with the losing carrier). */
    public String checkImportable(List<String> telephoneNumbers) {
        String body = telephoneNumbers.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("", "<ImportTnCheckerPayload><TelephoneNumbers>",
                        "</TelephoneNumbers></ImportTnCheckerPayload>"));
        return restClient.post()
                .uri(DashboardPaths.IMPORT_TN_CHECKER, props.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }
}
