package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.dashboard.xml.E911AddressListXml;
import net.northvale.voice.provisioning.dashboard.xml.E911AddressXml;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * E911 service addresses registered on the Dashboard account. Every voice number must carry a
 * validated address before the line is handed to the customer.
 */
@ApplicationScoped
public class E911AddressClient {

    private static final Logger LOG = Logger.getLogger(E911AddressClient.class.getName());

    private DashboardClient dashboard;

    protected E911AddressClient() {
    }

    @Inject
    public E911AddressClient(DashboardClient dashboard) {
        this.dashboard = dashboard;
    }

    public E911AddressListXml listAddresses(int page, int size) {
        WebTarget target = dashboard.account()
                .path("addresses")
                .queryParam("page", page)
                .queryParam("size", size);
        return dashboard.get(target, E911AddressListXml.class);
    }

    public E911AddressXml getAddress(String addressId) {
        WebTarget target = dashboard.root()
                .path("accounts/{accountId}/addresses/{addressId}")
                .resolveTemplate("accountId", dashboard.accountId())
                .resolveTemplate("addressId", addressId);
        return dashboard.get(target, E911AddressXml.class);
    }

    public String createAddress(E911AddressXml address) {
        String url = dashboard.accountUrl("/addresses");
        try (Response response = dashboard.client().target(url)
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(address))) {
            dashboard.check(response);
            String id = DashboardClient.idFromLocation(response);
            LOG.fine(() -> "created E911 address " + id + " under /accounts/" + dashboard.accountId() + "/addresses");
            return id;
        }
    }

    public Optional<E911AddressXml> findByZip(String zip) {
        return listAddresses(1, 500).getAddresses().stream()
                .filter(a -> zip.equals(a.getZip()))
                .findFirst();
    }

    public void deleteAddress(String addressId) {
        String url = String.format("%s/accounts/%s/addresses/%s", dashboard.baseUrl(), dashboard.accountId(), addressId);
        try (Response response = dashboard.client().target(url).request().delete()) {
            if (response.getStatus() == 409) {
                // still referenced by a number; the NOC cleans those up by hand
                LOG.warning("address " + addressId + " is in use, not deleted");
                return;
            }
            dashboard.check(response);
        }
    }
}
