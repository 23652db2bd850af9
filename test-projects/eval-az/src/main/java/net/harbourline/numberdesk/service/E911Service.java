package net.harbourline.numberdesk.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import net.harbourline.numberdesk.config.DashboardSettings;
import net.harbourline.numberdesk.dashboard.BasicAuthFilter;
import net.harbourline.numberdesk.dashboard.DashboardRestClient;
import net.harbourline.numberdesk.domain.E911AddressRecord;
import net.harbourline.numberdesk.model.E911AddressBody;
import net.harbourline.numberdesk.notify.GeocoderClient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Dispatchable (E911) addresses of our customers' sites. */
@Stateless
public class E911Service {

    @Inject
    DashboardSettings settings;

    @Inject
    DashboardRestClient dashboard;

    @Inject
    GeocoderClient geocoder;

    @PersistenceContext(unitName = "numberdesk")
    EntityManager em;

    public String register(E911AddressBody address) {
        if (!geocoder.isDeliverable(address.getHouseNumber() + " " + address.getStreetName(), address.getZip())) {
            throw new IllegalArgumentException("Address is not deliverable");
        }
        var response = dashboard.createE911Address(address);
        String location = response.getHeaderString("Location");
        String dashboardId = location.substring(location.lastIndexOf('/') + 1);
        em.persist(new E911AddressRecord(dashboardId, address.getZip()));
        return dashboardId;
    }

    /**
     * One address as the Dashboard stores it, e.g.
     * GET https://dashboard.bandwidth.com/api/accounts/9900112/addresses/4112.
     */
    public String fetch(String dashboardAddressId) {
        String url = settings.baseUrl() + "/accounts/" + settings.accountId() + "/addresses/" + dashboardAddressId;
        return get(url);
    }

    public String page(int page) {
        StringBuilder url = new StringBuilder(settings.baseUrl())
                .append("/accounts/").append(settings.accountId())
                .append("/addresses")
                .append("?page=").append(page)
                .append("&size=250");
        return get(url.toString());
    }

    public String fromConfiguredPath() {
        String path = settings.e911Path().replace("{accountId}", settings.accountId());
        return get(settings.baseUrl() + path);
    }

    public List<E911AddressRecord> stale() {
        return em.createQuery("select a from E911AddressRecord a where a.verifiedAt < :limit", E911AddressRecord.class)
                .setParameter("limit", Instant.now().minus(30, ChronoUnit.DAYS))
                .getResultList();
    }

    private String get(String url) {
        Client client = ClientBuilder.newClient().register(new BasicAuthFilter(settings.username(), settings.password()));
        try {
            return client.target(url).request(MediaType.APPLICATION_XML).get(String.class);
        } finally {
            client.close();
        }
    }
}
