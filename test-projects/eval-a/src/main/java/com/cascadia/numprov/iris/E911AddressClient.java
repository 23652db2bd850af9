package com.cascadia.numprov.iris;

import com.cascadia.numprov.domain.ServiceAddress;

import java.net.URI;
import java.util.List;
import java.util.logging.Logger;

import static com.cascadia.numprov.iris.IrisPaths.ACCOUNTS;
import static com.cascadia.numprov.iris.IrisPaths.ADDRESSES;

/**
 * E911 service addresses held by Bandwidth for our account.
 * <p>
 * Bandwidth validates each address against MSAG before a number can be provisioned for 911,
 * see GET https://dashboard.bandwidth.com/api/accounts/{accountId}/addresses in the old docs.
 */
public class E911AddressClient {

    private static final Logger LOG = Logger.getLogger(E911AddressClient.class.getName());

    /** Cheap authenticated call used by the readiness check of the production account. */
    static final String READINESS_PROBE = "https://dashboard.bandwidth.com/api/accounts/9900123/addresses?page=1&size=1";

    private final IrisHttp http;

    public E911AddressClient(IrisHttp http) {
        this.http = http;
    }

    public boolean ready() {
        try {
            http.get(READINESS_PROBE);
            return true;
        } catch (IrisApiException e) {
            return false;
        }
    }

    public List<String> listAddressIds() {
        String url = http.baseUrl() + ACCOUNTS + http.accountId() + ADDRESSES;
        return XmlSupport.texts(http.get(url), "AddressId");
    }

    public String getAddress(String addressId) {
        String url = String.format("%s/accounts/%s/addresses/%s", http.baseUrl(), http.accountId(), addressId);
        return http.get(url);
    }

    public String createAddress(ServiceAddress address) {
        String base = http.baseUrl();
        String account = http.accountId();
        String url = base + "/accounts/" + account + "/addresses";
        return http.post(url, toXml(address));
    }

    public void deleteAddress(String addressId) {
        URI uri = IrisUriBuilder.from(http.baseUrl())
                .account(http.accountId())
                .segment("addresses")
                .segment(addressId)
                .build();
        LOG.info(() -> "Deleting E911 address " + addressId + " via DELETE /api/accounts/{id}/addresses/{addressId}");
        http.delete(uri.toString());
    }

    private static String toXml(ServiceAddress a) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Address>
                    <HouseNumber>%s</HouseNumber>
                    <StreetName>%s</StreetName>
                    <City>%s</City>
                    <StateCode>%s</StateCode>
                    <Zip>%s</Zip>
                    <AddressLine2>%s</AddressLine2>
                    <AddressType>Service</AddressType>
                </Address>
                """.formatted(
                XmlSupport.escape(a.houseNumber()),
                XmlSupport.escape(a.streetName()),
                XmlSupport.escape(a.city()),
                a.stateCode(),
                a.zip(),
                a.addressLine2() == null ? "" : XmlSupport.escape(a.addressLine2()));
    }
}
