package net.harbourline.numberdesk.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.harbourline.numberdesk.config.DashboardSettings;
import net.harbourline.numberdesk.dashboard.BasicAuthFilter;
import net.harbourline.numberdesk.dashboard.DashboardRestClient;
import net.harbourline.numberdesk.model.ExternalTnsOrderBody;

import java.util.List;

/** SMS on numbers hosted elsewhere, the "external TNs" flavour used by the reseller team. */
@Stateless
public class ExternalTnsService {

    @Inject
    DashboardSettings settings;

    @Inject
    DashboardRestClient dashboard;

    public Response importExternal(String customerOrderId, List<String> tns) {
        ExternalTnsOrderBody body = new ExternalTnsOrderBody();
        body.setCustomerOrderId(customerOrderId);
        body.setSiteId(settings.siteId());
        body.setSipPeerId(settings.sipPeerId());
        body.setAction(ExternalTnsOrderBody.Action.IMPORT);
        body.setTelephoneNumbers(tns);
        return dashboard.submitExternalTns(body);
    }

    public Response removeExternal(String customerOrderId, List<String> tns) {
        ExternalTnsOrderBody body = new ExternalTnsOrderBody();
        body.setCustomerOrderId(customerOrderId);
        body.setSiteId(settings.siteId());
        body.setSipPeerId(settings.sipPeerId());
        body.setAction(ExternalTnsOrderBody.Action.REMOVE);
        body.setTelephoneNumbers(tns);
        return dashboard.submitExternalTns(body);
    }

    /** Status of an earlier order; the Dashboard answers GET .../externalTns/{orderId} with the order and its errors. */
    public String orderStatus(String orderId) {
        String url = settings.baseUrl() + "/accounts/" + settings.accountId() + "/externalTns/" + orderId;
        Client client = ClientBuilder.newClient().register(new BasicAuthFilter(settings.username(), settings.password()));
        try {
            return client.target(url).request(MediaType.APPLICATION_XML).get(String.class);
        } finally {
            client.close();
        }
    }
}
