package net.cobaltline.inventory.tools;

import net.cobaltline.inventory.client.DashboardAuthHeadersFactory;
import net.cobaltline.inventory.config.DashboardPaths;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;

import static net.cobaltline.inventory.config.DashboardPaths.ACCOUNTS;
import static net.cobaltline.inventory.config.DashboardPaths.VERSIONED_ACCOUNTS;

/**
 * Builds the raw HTTP requests of the batch tool. The tool predates the service and still talks
 * to the API host directly, without the Quarkus REST clients.
 */
public class BatchRequestFactory {

    /** Fallback when the YAML has no base-url (old installs). */
    static final String LEGACY_BASE = "https://api.inetwork.com/v1.0";

    /** Number used by {@code --probe} to check credentials: our own NOC test line. */
    static final String PROBE_TN = "9197050100";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final BatchToolSettings.Dashboard settings;
    private final String authorization;

    public BatchRequestFactory(BatchToolSettings.Dashboard settings) {
        this.settings = settings;
        this.authorization = DashboardAuthHeadersFactory.basic(settings.username(), settings.password());
    }

    String base() {
        return settings.baseUrl() == null ? LEGACY_BASE : settings.baseUrl();
    }

    String accountUrl() {
        String base = base();
        if (URI.create(base).getPath().isEmpty()) {
            // host-only base URL (https://api.inetwork.com): the version has to go in front of the path
            return base + VERSIONED_ACCOUNTS + settings.accountId();
        }
        return base + ACCOUNTS + settings.accountId();
    }

    public HttpRequest probe() {
        return xml(URI.create(accountUrl() + "/tns/" + PROBE_TN)).GET().build();
    }

    public HttpRequest importOrder(String customerOrderId, List<String> tns) {
        String template = settings.importPath() != null ? settings.importPath()
                : ACCOUNTS + "{account}/" + DashboardPaths.IMPORT_TN_ORDERS;
        String path = template.replace("{account}", settings.accountId());
        StringBuilder body = new StringBuilder("<ImportTnOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<SiteId>").append(settings.siteId()).append("</SiteId>")
                .append("<SipPeerId>").append(settings.sipPeerId()).append("</SipPeerId>")
                .append("<LoaType>CARRIER</LoaType>")
                .append("<TelephoneNumbers>");
        tns.forEach(tn -> body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        body.append("</TelephoneNumbers></ImportTnOrder>");
        return xml(URI.create(base() + path)).POST(BodyPublishers.ofString(body.toString())).build();
    }

    public HttpRequest removeImported(String customerOrderId, List<String> tns) {
        String url = accountUrl() + "/" + DashboardPaths.REMOVE_IMPORTED_TN_ORDERS;
        String numbers = String.join("", tns.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>").toList());
        String body = "<RemoveImportedTnOrder><CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<TelephoneNumbers>" + numbers + "</TelephoneNumbers></RemoveImportedTnOrder>";
        return xml(URI.create(url)).POST(BodyPublishers.ofString(body)).build();
    }

    public HttpRequest externalTns(String customerOrderId, List<String> tns, String action) {
        String path = settings.externalPath().replace("{account}", settings.accountId());
        String body = """
                <ExternalTnsOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>%s</SiteId>
                    <SipPeerId>%s</SipPeerId>
                    <Action>%s</Action>
                    <TelephoneNumbers>%s</TelephoneNumbers>
                </ExternalTnsOrder>
                """.formatted(customerOrderId, settings.siteId(), settings.sipPeerId(), action,
                tns.stream().map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>").reduce("", String::concat));
        return xml(URI.create(base() + path)).POST(BodyPublishers.ofString(body)).build();
    }

    /** The pre-2023 way of turning SMS on for one number. */
    public HttpRequest enableSms(String tn) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <MessagingSettings>
                        <SmsEnabled>true</SmsEnabled>
                    </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn);
        URI uri = URI.create(String.format("%s/sites/%s/sippeers/%s/tns/%s",
                accountUrl(), settings.siteId(), settings.sipPeerId(), tn));
        return xml(uri).PUT(BodyPublishers.ofString(body)).build();
    }

    /** Availability spot check for a list of area codes, printed as a table. */
    public HttpRequest availability(int npa, int quantity) {
        URI uri = URI.create(accountUrl() + "/" + DashboardPaths.AVAILABLE_NUMBERS
                + "?areaCode=" + npa + "&quantity=" + quantity);
        return xml(uri).GET().build();
    }

    public HttpRequest e911Addresses() {
        return xml(URI.create(accountUrl() + "/addresses?page=1&size=500")).GET().build();
    }

    private HttpRequest.Builder xml(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/xml; charset=utf-8")
                .header("Accept", "application/xml");
    }
}
