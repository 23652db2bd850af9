package com.cobaltline.numbering.dashboard;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cobaltline.numbering.config.DashboardSettings;
import com.cobaltline.numbering.model.ImportTnOrderRequest;
import com.cobaltline.numbering.transport.DashboardTransport;
import com.cobaltline.numbering.transport.XmlCodec;

/**
 * Hosted messaging: enterprise customers keep voice with their carrier and text through us.
 * The SDK flow in {@code HostedNumberService} is older; new work goes through this class.
 */
public class HostedMessagingClient {

    private static final String IMPORT_ORDERS = "/importTnOrders";
    private static final String REMOVE_IMPORTED = "/removeImportedTnOrders";

    private final DashboardTransport transport;
    private final DashboardSettings settings;
    private final XmlCodec codec;

    public HostedMessagingClient(DashboardTransport transport, DashboardSettings settings, XmlCodec codec) {
        this.transport = transport;
        this.settings = settings;
        this.codec = codec;
    }

    public String importNumbers(List<String> telephoneNumbers, String loaAuthorizingPerson) {
        ImportTnOrderRequest order = new ImportTnOrderRequest();
        order.setCustomerOrderId(customerOrderId());
        order.setSiteId(settings.getSiteId());
        order.setSipPeerId(settings.getSipPeerId());
        order.setLoaAuthorizingPerson(loaAuthorizingPerson);
        order.setTelephoneNumbers(telephoneNumbers);
        String location = transport.post(settings.accountPath() + IMPORT_ORDERS, codec.toXml(order));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public String importStatus(String orderId) {
        return transport.get(settings.accountPath() + IMPORT_ORDERS + "/" + orderId);
    }

    public String importHistory(String orderId) {
        return transport.get(settings.accountPath() + IMPORT_ORDERS + "/" + orderId + "/history");
    }

    public String removeNumbers(List<String> telephoneNumbers) {
        String numbers = telephoneNumbers.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining());
        String body = """
                <RemoveImportedTnOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <TelephoneNumbers>%s</TelephoneNumbers>
                </RemoveImportedTnOrder>
                """.formatted(customerOrderId(), numbers);
        return transport.post(settings.accountPath() + REMOVE_IMPORTED, body);
    }

    public String removalStatus(String orderId) {
        return transport.get(String.format("%s/removeImportedTnOrders/%s", settings.accountPath(), orderId));
    }

    public String recentImports(String modifiedDateFrom) {
        return transport.get(settings.accountPath() + "/importTnOrders?modifiedDateFrom=" + modifiedDateFrom);
    }

    private static String customerOrderId() {
        return "CL-HM-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
