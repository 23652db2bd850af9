package com.kestrelvoice.numlife.dashboard;

import com.kestrelvoice.numlife.config.DashboardProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Hosted messaging: numbers that stay with another voice carrier but send SMS through us.
 * Orders are created with POST https://dashboard.bandwidth.com/api/accounts/{accountId}/importTnOrders
 * and tracked through the order's history.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class HostedMessagingClient {

    @Qualifier("dashboard")
    private final RestClient dashboard;
    private final DashboardProperties properties;

    public URI importNumbers(String customerOrderId, String subscriberName, String loaPerson, List<String> tns) {
        String body = """
                <ImportTnOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>%s</SiteId>
                    <SipPeerId>%s</SipPeerId>
                    <Subscriber>
                        <Name>%s</Name>
                    </Subscriber>
                    <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
                    <LoaType>CARRIER</LoaType>
                    <TelephoneNumbers>%s</TelephoneNumbers>
                </ImportTnOrder>
                """.formatted(customerOrderId, properties.getDefaults().getSiteId(),
                properties.getDefaults().getSipPeerId(), subscriberName, loaPerson, telephoneNumbers(tns));
        return dashboard.post()
                .uri("/accounts/{accountId}/importTnOrders", accountId())
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    /** Our own office lines are imported from a fixed template. */
    public URI importOfficeLines() {
        return dashboard.post()
                .uri(properties.getPaths().getImportOrders(), accountId())
                .body(template("templates/dashboard/hosted-messaging-import.xml"))
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    public String history(String orderId) {
        return dashboard.get()
                .uri("/accounts/{accountId}/importTnOrders/{orderId}/history", accountId(), orderId)
                .retrieve()
                .body(String.class);
    }

    public String status(String orderId) {
        String url = properties.getApi().getBaseUrl() + "/accounts/" + accountId() + DashboardPaths.IMPORT_TN_ORDERS + "/" + orderId;
        return dashboard.get().uri(URI.create(url)).retrieve().body(String.class);
    }

    public URI removeImported(String customerOrderId, List<String> tns) {
        String url = "/accounts/" + accountId() + "/removeImportedTnOrders";
        String body = "<RemoveImportedTnOrder><CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<TelephoneNumbers>" + telephoneNumbers(tns) + "</TelephoneNumbers></RemoveImportedTnOrder>";
        return dashboard.post().uri(url).body(body).retrieve().toBodilessEntity().getHeaders().getLocation();
    }

    public String removalStatus(String orderId) {
        return dashboard.get()
                .uri(b -> b.path("/accounts/{accountId}/removeImportedTnOrders/{orderId}").build(accountId(), orderId))
                .retrieve()
                .body(String.class);
    }

    public String checkImportable(List<String> tns) {
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>" + telephoneNumbers(tns)
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        return dashboard.post()
                .uri(DashboardPaths.IMPORT_TN_CHECKER, accountId())
                .body(body)
                .retrieve()
                .body(String.class);
    }

    /** Voice-only imports for the SIP trunking pilot; that route already exists under its own name. */
    public URI importVoiceOnly(String customerOrderId, List<String> tns) {
        String body = "<ImportTnOrder><CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<TelephoneNumbers>" + telephoneNumbers(tns) + "</TelephoneNumbers></ImportTnOrder>";
        return dashboard.post()
                .uri("/accounts/{accountId}/importTnOrders/voice", accountId())
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    public String historyV2(String orderId) {
        return dashboard.get()
                .uri(DashboardPaths.V2_BASE + "/accounts/{accountId}/importTnOrders/messaging/{orderId}/history", accountId(), orderId)
                .retrieve()
                .body(String.class);
    }

    static String telephoneNumbers(List<String> tns) {
        return tns.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining());
    }

    private static String template(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String accountId() {
        return properties.getApi().getAccountId();
    }
}
