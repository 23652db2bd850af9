package com.bluepinenet.cdrpipeline.dashboard;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

import com.bluepinenet.cdrpipeline.config.DashboardEndpoints;
import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * E911 address book of the Dashboard account. CDR enrichment tags emergency calls with the
 * address id provisioned for the calling number.
 */
@Component
public class E911AddressClient {

    /** A dispatchable service address as the PSAP needs it. */
    public record E911Address(String houseNumber, String streetName, String addressLine2, String city,
                              String stateCode, String zip, String callerName) {
    }

    private final DashboardHttpClient client;
    private final DashboardProperties props;

    public E911AddressClient(DashboardHttpClient client, DashboardProperties props) {
        this.client = client;
        this.props = props;
    }

    public CompletableFuture<String> listAddresses() {
        StringBuilder path = new StringBuilder("/accounts/")
                .append(props.getAccountId())
                .append("/addresses");
        path.append("?suggestions=false&size=500");
        return client.get(path.toString());
    }

    public CompletableFuture<String> getAddress(String addressId) {
        URI uri = UriComponentsBuilder.fromHttpUrl(client.baseUrl())
                .pathSegment("accounts", props.getAccountId(), "addresses", addressId)
                .build()
                .toUri();
        return client.get(uri);
    }

    public CompletableFuture<String> addressesFromConfiguredPath() {
        return client.get(props.getE911Path().replace("{accountId}", props.getAccountId()));
    }

    public CompletableFuture<String> createAddress(E911Address address) {
        String body = """
                <Address>
                  <HouseNumber>%s</HouseNumber>
                  <StreetName>%s</StreetName>
                  <AddressLine2>%s</AddressLine2>
                  <City>%s</City>
                  <StateCode>%s</StateCode>
                  <Zip>%s</Zip>
                  <Country>US</Country>
                  <AddressType>E911</AddressType>
                </Address>
                """.formatted(
                HtmlUtils.htmlEscape(address.houseNumber()),
                HtmlUtils.htmlEscape(address.streetName()),
                HtmlUtils.htmlEscape(address.addressLine2() == null ? "" : address.addressLine2()),
                HtmlUtils.htmlEscape(address.city()),
                address.stateCode(),
                address.zip());
        return client.postXml(String.format(DashboardEndpoints.E911_ADDRESSES, props.getAccountId()), body);
    }

    public CompletableFuture<String> deleteAddress(String addressId) {
        return client.delete(DashboardPaths.e911Address(props.getAccountId(), addressId));
    }

    public CompletableFuture<String> addressesInUse() {
        return client.get(DashboardPaths.e911Addresses(props.getAccountId()) + "?inUse=true");
    }

    public CompletableFuture<String> addressHistory(String addressId) {
        URI uri = UriComponentsBuilder.fromHttpUrl(client.baseUrl())
                .path("/accounts/{accountId}/addresses/{addressId}/history")
                .buildAndExpand(props.getAccountId(), addressId)
                .toUri();
        return client.get(uri);
    }
}
