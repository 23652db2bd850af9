package com.bluepinenet.cdrpipeline.dashboard;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.bluepinenet.cdrpipeline.config.DashboardEndpoints;
import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hosted messaging for numbers whose voice stays with another carrier: we import them into our
 * Dashboard account so SMS terminates on our SMPP binds.
 */
@Component
public class HostedMessagingClient {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingClient.class);

    private static final String IMPORT_ORDER = """
            <ImportTnOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <SiteId>%s</SiteId>
              <SipPeerId>%s</SipPeerId>
              <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
              <Subscriber>
                <Name>%s</Name>
              </Subscriber>
              <TelephoneNumbers>
            %s  </TelephoneNumbers>
            </ImportTnOrder>
            """;

    private final DashboardHttpClient client;
    private final DashboardProperties props;
    private final String externalTnsRoute;

    public HostedMessagingClient(DashboardHttpClient client, DashboardProperties props,
                                 @Value("${dashboard.routes.external-tns}") String externalTnsRoute) {
        this.client = client;
        this.props = props;
        this.externalTnsRoute = externalTnsRoute;
    }

    public CompletableFuture<String> importForMessaging(String customerOrderId, String subscriberName, List<String> tns) {
        String numbers = tns.stream()
                .map(tn -> "    <TelephoneNumber>" + tn + "</TelephoneNumber>\n")
                .collect(Collectors.joining());
        String body = IMPORT_ORDER.formatted(customerOrderId, props.getSiteId(), props.getSipPeerId(),
                "Network Operations", subscriberName, numbers);
        return client.postXml("/accounts/%s/importTnOrders".formatted(props.getAccountId()), body);
    }

    public CompletableFuture<String> importStatus(String orderId) {
        return client.get(String.format(DashboardEndpoints.IMPORT_TN_ORDER, props.getAccountId(), orderId));
    }

    public CompletableFuture<String> importHistory(String orderId) {
        return client.get(DashboardPaths.importHistory(props.getAccountId(), orderId));
    }

    public CompletableFuture<String> removeFromMessaging(String customerOrderId, List<String> tns) {
        StringBuilder xml = new StringBuilder("<RemoveImportedTnOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<TelephoneNumbers>");
        tns.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers></RemoveImportedTnOrder>");
        return client.postXml("/accounts/" + props.getAccountId() + "/removeImportedTnOrders", xml.toString());
    }

    public CompletableFuture<String> removalStatus(String orderId) {
        return client.get("/accounts/" + props.getAccountId() + "/removeImportedTnOrders/" + orderId);
    }

    /** Older flow still used by the wholesale team for numbers of other carriers. */
    public CompletableFuture<String> externalImport(String customerOrderId, List<String> tns) {
        String body = "<ExternalTnsOrder><CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<SiteId>" + props.getSiteId() + "</SiteId><SipPeerId>" + props.getSipPeerId() + "</SipPeerId>"
                + "<Action>IMPORT</Action><LoaType>CARRIER</LoaType><TelephoneNumbers>"
                + tns.stream().map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>").collect(Collectors.joining())
                + "</TelephoneNumbers></ExternalTnsOrder>";
        log.warn("Order {} still goes through POST /externalTns ({} numbers), see NETOPS-2291", customerOrderId, tns.size());
        return client.postXml(String.format(DashboardEndpoints.EXTERNAL_TNS, props.getAccountId()), body);
    }

    public CompletableFuture<String> externalOrderStatus(String orderId) {
        return client.get("/accounts/" + props.getAccountId() + "/externalTns/" + orderId);
    }

    public CompletableFuture<String> externalOrders() {
        return client.get(externalTnsRoute.replace("{accountId}", props.getAccountId()));
    }

    public CompletableFuture<String> checkImportable(List<String> tns) {
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>"
                + tns.stream().map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>").collect(Collectors.joining())
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        return client.postXml(String.format(DashboardEndpoints.IMPORT_TN_CHECKER, props.getAccountId()), body);
    }
}
