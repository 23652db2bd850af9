package net.korvalink.edge.dashboard.v2;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import net.korvalink.edge.config.DashboardProperties;
import net.korvalink.edge.dashboard.DashboardHttpClient;

/**
 * Calls against the Dashboard's v2 API, behind the {@code korvalink.dashboard.v2-preview} flag while
 * we try the new endpoints on the sandbox account.
 */
@Component
@ConditionalOnProperty(name = "korvalink.dashboard.v2-preview", havingValue = "true")
public class DashboardV2Preview {

    public static final String BASE = "https://dashboard.bandwidth.com/api/v2";

    private final DashboardHttpClient dashboard;
    private final DashboardProperties props;

    public DashboardV2Preview(DashboardHttpClient dashboard, DashboardProperties props) {
        this.dashboard = dashboard;
        this.props = props;
    }

    private String accountUrl(String tail) {
        return BASE + "/accounts/" + props.getAccountId() + tail;
    }

    public String e911Addresses() {
        return get(accountUrl("/e911Addresses"));
    }

    public String inService(String areaCode) {
        return get(accountUrl("/inserviceNumbers?countryCodeA3=USA&areaCode=" + areaCode));
    }

    public String importForMessaging(String customerOrderId, List<String> e164Numbers) {
        String body = """
                <ImportTnOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <SiteId>%s</SiteId>
                  <SipPeerId>%s</SipPeerId>
                  <TelephoneNumbers>%s</TelephoneNumbers>
                </ImportTnOrder>
                """.formatted(customerOrderId, props.getSiteId(), props.getSipPeerId(), elements(e164Numbers));
        return post(accountUrl("/importTnOrders/messaging"), body);
    }

    public String removeFromMessaging(String customerOrderId, List<String> e164Numbers) {
        String body = "<RemoveImportedTnOrder><CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<TelephoneNumbers>" + elements(e164Numbers) + "</TelephoneNumbers></RemoveImportedTnOrder>";
        return post(accountUrl("/removeImportedTnOrders/messaging"), body);
    }

    public String importForVoice(String customerOrderId, List<String> e164Numbers) {
        String body = "<ImportTnOrder><CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<TelephoneNumbers>" + elements(e164Numbers) + "</TelephoneNumbers></ImportTnOrder>";
        return post(accountUrl("/importTnOrders/voice"), body);
    }

    /** The v2 replacement for an externalTns IMPORT: same body, new endpoint. */
    public String hostExternalNumbers() {
        String body = """
                <ExternalTnsOrder>
                  <CustomerOrderId>v2-trial-1</CustomerOrderId>
                  <SiteId>%s</SiteId>
                  <SipPeerId>%s</SipPeerId>
                  <LoaType>CARRIER</LoaType>
                  <TelephoneNumbers>
                    <TelephoneNumber>+19194605031</TelephoneNumber>
                    <TelephoneNumber>+19194605032</TelephoneNumber>
                  </TelephoneNumbers>
                </ExternalTnsOrder>
                """.formatted(props.getSiteId(), props.getSipPeerId());
        return post(accountUrl("/importTnOrders/messaging"), body);
    }

    private String get(String url) {
        return dashboard.execute(() -> dashboard.newAbsoluteRequest(url).method(HttpMethod.GET));
    }

    private String post(String url, String xml) {
        return dashboard.execute(() -> dashboard.newAbsoluteRequest(url)
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/xml", xml)));
    }

    private static String elements(List<String> numbers) {
        return numbers.stream().map(n -> "<TelephoneNumber>" + n + "</TelephoneNumber>").collect(Collectors.joining());
    }
}
