package io.kestrelvoice.numbering.dashboard.api;

import java.util.List;

import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;

/**
 * Notification subscriptions on the Dashboard account.
 */
public class SubscriptionClient {

    private final DashboardRestClient rest;

    public SubscriptionClient(DashboardRestClient rest) {
        this.rest = rest;
    }

    public String create(String subscriptionXml) {
        String response = rest.post(rest.urls().subscriptions(), subscriptionXml);
        return TelephoneNumberXml.element(response, "SubscriptionId");
    }

    public List<String> listIds(String orderType) {
        return TelephoneNumberXml.elements(rest.get(rest.urls().subscriptions() + "?orderType=" + orderType), "SubscriptionId");
    }

    public void delete(String subscriptionId) {
        rest.delete(rest.urls().subscriptions() + "/" + subscriptionId);
    }
}
