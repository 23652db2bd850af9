package com.tallgrassvoice.portwell.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * E911 service addresses registered on the Dashboard account. Every number we activate must
 * point at one of them before it can place emergency calls.
 */
public class E911AddressService {

    /** A service address as we keep it in the CRM and register it on the Dashboard. */
    public record E911Address(String houseNumber, String streetName, String city, String stateCode, String zip) {
    }

    private final DashboardHttp http;

    public E911AddressService(DashboardHttp http) {
        this.http = http;
    }

    public String listAddresses() {
        return http.get(http.accountPath("addresses")).body();
    }

    public String getAddress(String addressId) {
        return http.get(http.accountPath("addresses", addressId)).body();
    }

    public String addressesInCity(String city) {
        String path = String.format("/accounts/%s/addresses?city=%s",
                http.accountId(), URLEncoder.encode(city, StandardCharsets.UTF_8));
        return http.get(path).body();
    }

    public void deleteAddress(String addressId) {
        StringBuilder path = new StringBuilder()
                .append("/accounts/")
                .append(http.accountId())
                .append("/addresses/")
                .append(addressId);
        http.delete(path.toString());
    }

    public Optional<String> createAddress(E911Address address) {
        String body = """
                <Address>
                  <HouseNumber>%s</HouseNumber>
                  <StreetName>%s</StreetName>
                  <City>%s</City>
                  <StateCode>%s</StateCode>
                  <Zip>%s</Zip>
                  <AddressType>Service</AddressType>
                </Address>
                """.formatted(address.houseNumber(), address.streetName(), address.city(),
                address.stateCode(), address.zip());
        var response = http.post("/accounts/" + http.accountId() + "/addresses", body);
        return response.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1));
    }

    /** Numbers currently bound to an address; used before deleting it. */
    public String numbersAt(String addressId) {
        return http.get("/accounts/" + http.accountId() + "/addresses/" + addressId + "/tns").body();
    }
}
