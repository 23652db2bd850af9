package net.prairiewave.numbering.e911;

import io.helidon.common.http.MediaType;
import net.prairiewave.numbering.config.DashboardPaths;
import net.prairiewave.numbering.dashboard.DashboardException;
import net.prairiewave.numbering.dashboard.DashboardHttp;
import net.prairiewave.numbering.dashboard.DashboardHttp.DashboardResponse;
import net.prairiewave.numbering.xml.XmlSupport;
import org.w3c.dom.Document;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * E911 service addresses held by the Dashboard. Every emergency-capable number we sell must
 * point at one of these; the provisioner creates the address first and then attaches numbers.
 */
public class E911AddressClient {

    private static final Logger LOG = Logger.getLogger(E911AddressClient.class.getName());

    private final DashboardHttp http;

    public E911AddressClient(DashboardHttp http) {
        this.http = http;
    }

    public List<String> listAddressIds() {
        String xml = http.get(DashboardPaths.ACCOUNTS + http.accountId() + DashboardPaths.ADDRESSES);
        return XmlSupport.texts(XmlSupport.parse(xml), "AddressId");
    }

    public List<String> listAddressIdsForZip(String zip, int page) {
        String xml = http.get("/accounts/" + http.accountId() + "/addresses",
                Map.of("zip", zip, DashboardPaths.PAGE, Integer.toString(page), DashboardPaths.SIZE, "500"));
        return XmlSupport.texts(XmlSupport.parse(xml), "AddressId");
    }

    public Document getAddress(String addressId) {
        String path = String.format("/accounts/%s/addresses/%s", http.accountId(), addressId);
        return XmlSupport.parse(http.get(path));
    }

    public String createAddress(E911Address address) {
        DashboardResponse response = http.exchange(
                http.webClient().post()
                        .uri(http.baseUrl())
                        .path("/accounts/" + http.accountId() + "/addresses")
                        .contentType(MediaType.APPLICATION_XML),
                AddressXml.serviceAddress(address));
        if (!response.ok()) {
            throw new DashboardException("Address rejected: " + response.body(), response.status());
        }
        String id = XmlSupport.firstText(XmlSupport.parse(response.body()), "AddressId")
                .orElseThrow(() -> new DashboardException("No AddressId in response", response.status()));
        LOG.info(() -> "Created E911 address " + id + " (POST /accounts/{id}/addresses)");
        return id;
    }

    public void deleteAddress(String addressId) {
        StringBuilder path = new StringBuilder(DashboardPaths.ACCOUNTS)
                .append(http.accountId())
                .append("/addresses/")
                .append(addressId);
        http.delete(path.toString());
    }
}
