package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.config.DashboardSettings;
import io.vertx.core.Future;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * External numbers (numbers we route but do not own), as used by the wholesale team.
 */
@Singleton
public class ExternalTnsClient {

    private static final Logger log = LoggerFactory.getLogger(ExternalTnsClient.class);

    private static final String EXTERNAL_TNS_ORDER = """
            <ExternalTnsOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <SiteId>%s</SiteId>
              <SipPeerId>%s</SipPeerId>
              <Action>%s</Action>
              <LoaType>CARRIER</LoaType>
              <TelephoneNumbers>
            %s
              </TelephoneNumbers>
            </ExternalTnsOrder>
            """;

    private final DashboardHttp http;
    private final DashboardSettings settings;
    private final XmlCodec xml;
    private final String legacyHost;

    @Inject
    public ExternalTnsClient(DashboardHttp http, DashboardSettings settings, XmlCodec xml,
                             @Named(ConfigKeys.HOSTED_MESSAGING_LEGACY_HOST) String legacyHost) {
        this.http = http;
        this.settings = settings;
        this.xml = xml;
        this.legacyHost = legacyHost;
    }

    public Future<String> importNumbers(String customerOrderId, List<String> tns) {
        return submit(customerOrderId, "IMPORT", tns);
    }

    public Future<String> removeNumbers(String customerOrderId, List<String> tns) {
        return submit(customerOrderId, "REMOVE", tns);
    }

    private Future<String> submit(String customerOrderId, String action, List<String> tns) {
        String numbers = tns.stream()
                .map(tn -> "    <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        String body = EXTERNAL_TNS_ORDER.formatted(customerOrderId, settings.siteId(), settings.sipPeerId(),
                action, numbers);
        return http.sendXml(http.post(http.url(DashboardPaths.EXTERNAL_TNS)), body)
                .map(resp -> xml.textOf(resp, "OrderId"))
                .onFailure(err -> log.warn("POST /accounts/{}/externalTns ({}) failed: {}",
                        http.accountId(), action, err.getMessage()));
    }

    public Future<String> orderStatus(String orderId) {
        String url = String.format("%s/accounts/%s/externalTns/%s", http.baseUrl(), http.accountId(), orderId);
        return http.send(http.get(url)).map(body -> xml.textOf(body, "ProcessingStatus"));
    }

    public Future<List<String>> numbersOnPeer() {
        String url = http.baseUrl() + "/accounts/" + http.accountId()
                + "/sites/" + settings.siteId()
                + "/sippeers/" + settings.sipPeerId() + "/externalTns";
        return http.send(http.get(url).addQueryParam("status", "ACTIVE")).map(xml::readTnList);
    }

    /** Wholesale customers provisioned before 2019 are still only visible on the old host. */
    public Future<List<String>> numbersOnLegacyHost() {
        String url = DashboardUris.legacyHost(legacyHost, http.accountId())
                .segment("externalTns")
                .param("page", 1)
                .param("size", 1000)
                .build();
        return http.send(http.get(url)).map(xml::readTnList);
    }
}
