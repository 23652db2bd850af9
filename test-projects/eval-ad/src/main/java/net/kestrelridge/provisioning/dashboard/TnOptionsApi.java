package net.kestrelridge.provisioning.dashboard;

import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * TN option orders: the supported way of switching SMS and A2P settings per number.
 */
@Singleton
public class TnOptionsApi {

    private final DashboardHttpClient client;
    private final DashboardUris uris;

    @Inject
    public TnOptionsApi(DashboardHttpClient client, DashboardUris uris) {
        this.client = client;
        this.uris = uris;
    }

    public String setSms(String customerOrderId, List<String> e164Numbers, boolean enabled) {
        String numbers = e164Numbers.stream()
                .map(tn -> "<TelephoneNumber>" + TemplateRenderer.escape(tn) + "</TelephoneNumber>")
                .collect(Collectors.joining());
        String body = """
                <TnOptionOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <TnOptionGroups>
                        <TnOptionGroup>
                            <Sms>%s</Sms>
                            <TelephoneNumbers>%s</TelephoneNumbers>
                        </TnOptionGroup>
                    </TnOptionGroups>
                </TnOptionOrder>
                """.formatted(TemplateRenderer.escape(customerOrderId), enabled ? "on" : "off", numbers);
        return client.post(uris.account("tnoptions"), body);
    }
}
