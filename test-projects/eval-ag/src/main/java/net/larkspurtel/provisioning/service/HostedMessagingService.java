package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.events.ProvisioningEvent;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.http.DashboardPaths;
import net.larkspurtel.provisioning.http.XmlSupport;
import net.larkspurtel.provisioning.model.ImportTnOrderXml;

/**
 * Hosted messaging: adds SMS/MMS service to numbers whose voice stays with another carrier.
 */
public class HostedMessagingService {

    private final DashboardClient dashboard;
    private final DashboardSettings settings;

    public HostedMessagingService(DashboardClient dashboard) {
        this.dashboard = dashboard;
        this.settings = dashboard.settings();
    }

    /** Pre-flight: can these numbers be imported at all? */
    public String checkImportable(List<String> telephoneNumbers) throws IOException {
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>"
                + telephoneNumbers.stream().map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                        .collect(Collectors.joining())
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        GenericUrl url = dashboard.account().segment(DashboardPaths.IMPORT_TN_CHECKER).build();
        return dashboard.postXml(url, body);
    }

    public String importNumbers(ProvisioningEvent event) throws IOException {
        ImportTnOrderXml order = new ImportTnOrderXml();
        order.customerOrderId = event.customerOrderId;
        order.siteId = settings.siteId();
        order.sipPeerId = settings.sipPeerId();
        order.loaAuthorizingPerson = event.loaAuthorizingPerson;
        order.telephoneNumbers.addAll(event.telephoneNumbers);
        GenericUrl url = dashboard.account().segment(DashboardPaths.IMPORT_TN_ORDERS).build();
        return dashboard.postXml(url, XmlSupport.write(order));
    }

    public String removeNumbers(String customerOrderId, List<String> telephoneNumbers) throws IOException {
        String numbers = telephoneNumbers.stream()
                .map(tn -> "    <TelephoneNumber>" + tn + "</TelephoneNumber>\n")
                .collect(Collectors.joining());
        String xml = """
                <RemoveImportedTnOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <TelephoneNumbers>
                %s  </TelephoneNumbers>
                </RemoveImportedTnOrder>
                """.formatted(customerOrderId, numbers);
        GenericUrl url = dashboard.account().segment(DashboardPaths.REMOVE_IMPORTED_TN_ORDERS).build();
        return dashboard.postXml(url, xml);
    }

    public String history(String orderId) throws IOException {
        GenericUrl url = new GenericUrl(settings.baseUrl());
        url.appendRawPath(String.format("/accounts/%s/importTnOrders/%s/history", settings.accountId(), orderId));
        return dashboard.getRaw(url);
    }

    public String addNote(String orderId, String note) throws IOException {
        GenericUrl url = new GenericUrl(settings.baseUrl());
        url.appendRawPath("/accounts/" + settings.accountId() + "/importTnOrders/" + orderId + "/notes");
        return dashboard.putXml(url, "<Note><UserId>provisioning</UserId><Description>" + note
                + "</Description></Note>");
    }

    public String removalStatus(String orderId) throws IOException {
        StringBuilder path = new StringBuilder(settings.baseUrl())
                .append(DashboardPaths.ACCOUNTS).append(settings.accountId())
                .append("/removeImportedTnOrders/").append(orderId);
        return dashboard.getRaw(new GenericUrl(path.toString()));
    }
}
