package net.kestrelridge.provisioning.dashboard;

import java.net.URI;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import net.kestrelridge.provisioning.dashboard.xml.OrderRequest;
import net.kestrelridge.provisioning.dashboard.xml.OrderResponse;
import net.kestrelridge.provisioning.dashboard.xml.XmlMappers;

/**
 * New-number orders: existing numbers picked from a search, or search-and-order by area code.
 */
@Singleton
public class OrderApi {

    private static final String ORDERS = "%s/accounts/%s/orders";

    private final DashboardHttpClient client;
    private final DashboardSettings settings;

    @Inject
    public OrderApi(DashboardHttpClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public OrderResponse orderExisting(String customerOrderId, List<String> telephoneNumbers) {
        StringBuilder xml = new StringBuilder(256 + telephoneNumbers.size() * 48);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml.append("<Order>");
        xml.append("<CustomerOrderId>").append(TemplateRenderer.escape(customerOrderId)).append("</CustomerOrderId>");
        xml.append("<SiteId>").append(settings.siteId()).append("</SiteId>");
        xml.append("<PeerId>").append(settings.sipPeerId()).append("</PeerId>");
        xml.append("<PartialAllowed>false</PartialAllowed>");
        xml.append("<ExistingTelephoneNumberOrderType><TelephoneNumberList>");
        for (String tn : telephoneNumbers) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumberList></ExistingTelephoneNumberOrderType>");
        xml.append("</Order>");
        URI uri = URI.create(String.format(ORDERS, settings.baseUrl(), settings.accountId()));
        return XmlMappers.read(client.post(uri, xml.toString()), OrderResponse.class);
    }

    public OrderResponse orderByAreaCode(String customerOrderId, int areaCode, int quantity) {
        OrderRequest order = new OrderRequest();
        order.customerOrderId = customerOrderId;
        order.name = "kr-" + customerOrderId;
        order.siteId = settings.siteId();
        order.peerId = settings.sipPeerId();
        order.partialAllowed = false;
        order.areaCodeSearchAndOrder = new OrderRequest.AreaCodeSearchAndOrder(areaCode, quantity);
        URI uri = URI.create(String.format(ORDERS, settings.baseUrl(), settings.accountId()));
        return XmlMappers.read(client.post(uri, XmlMappers.write(order)), OrderResponse.class);
    }

    public OrderResponse get(String orderId) {
        URI uri = URI.create(String.format(ORDERS, settings.baseUrl(), settings.accountId()) + "/" + orderId);
        return XmlMappers.read(client.get(uri), OrderResponse.class);
    }
}
