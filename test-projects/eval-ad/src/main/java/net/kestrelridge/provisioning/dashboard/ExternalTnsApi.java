package net.kestrelridge.provisioning.dashboard;

import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * External TNs: numbers hosted elsewhere for voice that we enable messaging on.
 */
@Singleton
public class ExternalTnsApi {

    private static final Logger log = LoggerFactory.getLogger(ExternalTnsApi.class);

    static final String METRIC_NAME = "dashboard.externalTns.requests";

    private static final String ORDER_TEMPLATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ExternalTnsOrder>
                <CustomerOrderId>%s</CustomerOrderId>
                <SiteId>%d</SiteId>
                <SipPeerId>%d</SipPeerId>
                <Action>%s</Action>
                <LoaType>CARRIER</LoaType>
                <TelephoneNumbers>
            %s
                </TelephoneNumbers>
            </ExternalTnsOrder>
            """;

    private final DashboardHttpClient client;
    private final DashboardUris uris;
    private final DashboardSettings settings;

    @Inject
    public ExternalTnsApi(DashboardHttpClient client, DashboardUris uris, DashboardSettings settings) {
        this.client = client;
        this.uris = uris;
        this.settings = settings;
    }

    public String importExternal(String customerOrderId, List<String> tns) {
        return submit(customerOrderId, "IMPORT", tns);
    }

    public String removeExternal(String customerOrderId, List<String> tns) {
        return submit(customerOrderId, "REMOVE", tns);
    }

    private String submit(String customerOrderId, String action, List<String> tns) {
        String numbers = tns.stream()
                .map(tn -> "        <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        String body = ORDER_TEMPLATE.formatted(customerOrderId, settings.siteId(), settings.sipPeerId(), action, numbers);
        URI uri = URI.create(uris.accountUrl(DashboardPaths.EXTERNAL_TNS));
        String response = client.post(uri, body);
        log.info("externalTns {} order for {} numbers submitted", action, tns.size());
        return response;
    }

    public String status(String orderId) {
        String url = MessageFormat.format("{0}/accounts/{1}/externalTns/{2}", uris.baseUrl(), uris.accountId(), orderId);
        return client.get(URI.create(url));
    }

    public String list(int page) {
        return client.get(uris.account(java.util.Map.of("page", Integer.toString(page)), "externalTns"));
    }
}
