package io.kestrelvoice.numbering.dashboard.api;

import java.util.ArrayList;
import java.util.List;

import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.model.E911Address;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * E911 service addresses on the Dashboard account.
 */
public class E911AddressClient {

    private final DashboardRestClient rest;

    public E911AddressClient(DashboardRestClient rest) {
        this.rest = rest;
    }

    public List<E911Address> list() {
        String body = rest.get(rest.urls().addresses());
        return parse(body);
    }

    public List<E911Address> listPage(int page, int size) {
        String body = rest.get(rest.urls().account() + "/addresses?page=" + page + "&size=" + size);
        return parse(body);
    }

    public E911Address get(String addressId) {
        List<E911Address> found = parse(rest.get(rest.urls().address(addressId)));
        return found.isEmpty() ? null : found.get(0);
    }

    public String create(E911Address address) {
        String response = rest.post(rest.urls().addresses(), address.toXml());
        return TelephoneNumberXml.element(response, "AddressId");
    }

    public void delete(String addressId) {
        String url = UriComponentsBuilder.fromHttpUrl(rest.urls().account())
                .path("/addresses/{addressId}")
                .buildAndExpand(addressId)
                .toUriString();
        rest.delete(url);
    }

    private static List<E911Address> parse(String xml) {
        List<E911Address> out = new ArrayList<>();
        List<String> ids = TelephoneNumberXml.elements(xml, "AddressId");
        List<String> houses = TelephoneNumberXml.elements(xml, "HouseNumber");
        List<String> streets = TelephoneNumberXml.elements(xml, "StreetName");
        List<String> cities = TelephoneNumberXml.elements(xml, "City");
        List<String> states = TelephoneNumberXml.elements(xml, "StateCode");
        List<String> zips = TelephoneNumberXml.elements(xml, "Zip");
        for (int i = 0; i < ids.size(); i++) {
            out.add(new E911Address(ids.get(i), houses.get(i), streets.get(i), cities.get(i),
                    states.get(i), zips.get(i), null));
        }
        return out;
    }
}
