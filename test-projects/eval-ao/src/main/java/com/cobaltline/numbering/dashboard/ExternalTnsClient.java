package com.cobaltline.numbering.dashboard;

import java.util.List;

import javax.ws.rs.core.UriBuilder;

import com.cobaltline.numbering.config.DashboardSettings;
import com.cobaltline.numbering.model.ExternalTnsOrder;
import com.cobaltline.numbering.transport.DashboardTransport;
import com.cobaltline.numbering.transport.XmlCodec;

/** Messaging on numbers whose voice service is hosted elsewhere (the "external TNs" flow). */
public class ExternalTnsClient {

    private final DashboardTransport transport;
    private final DashboardSettings settings;
    private final XmlCodec codec;

    public ExternalTnsClient(DashboardTransport transport, DashboardSettings settings, XmlCodec codec) {
        this.transport = transport;
        this.settings = settings;
        this.codec = codec;
    }

    public String submit(ExternalTnsOrder.Action action, List<String> telephoneNumbers, String customerOrderId) {
        ExternalTnsOrder order = new ExternalTnsOrder();
        order.setAction(action);
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(settings.getSiteId());
        order.setSipPeerId(settings.getSipPeerId());
        order.setTelephoneNumbers(telephoneNumbers);
        String path = UriBuilder.fromPath("/accounts/{accountId}/externalTns")
                .build(settings.getAccountId())
                .toString();
        return transport.post(path, codec.toXml(order));
    }

    public String status(String orderId) {
        return transport.get(settings.accountPath() + "/externalTns/" + orderId);
    }

    public String pending() {
        return transport.get(settings.accountPath() + "/externalTns?status=PROCESSING");
    }
}
