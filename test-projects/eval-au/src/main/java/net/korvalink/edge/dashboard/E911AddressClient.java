package net.korvalink.edge.dashboard;

import java.net.URI;
import java.text.MessageFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.bandwidth.iris.sdk.IrisClient;

import net.korvalink.edge.config.DashboardProperties;

/** E911 service addresses registered on the Dashboard account. */
@Component
public class E911AddressClient {

    private static final Logger log = LoggerFactory.getLogger(E911AddressClient.class);

    private final DashboardHttpClient dashboard;
    private final DashboardProperties props;
    private final IrisClient irisClient;

    public E911AddressClient(DashboardHttpClient dashboard, DashboardProperties props, IrisClient irisClient) {
        this.dashboard = dashboard;
        this.props = props;
        this.irisClient = irisClient;
    }

    public String listAddresses() {
        String body = dashboard.get("/accounts/" + props.getAccountId() + "/addresses");
        log.info("Loaded E911 addresses from https://dashboard.bandwidth.com/api/accounts/{}/addresses",
                props.getAccountId());
        return body;
    }

    public String getAddress(String addressId) {
        return dashboard.get(String.format(DashboardEndpoints.E911_ADDRESS, props.getAccountId(), addressId));
    }

    /** Link printed by the operator shell so people can open the raw XML in a browser. */
    public URI addressUri(String addressId) {
        return UriComponentsBuilder.fromHttpUrl(props.getHost())
                .path("/api/accounts/{account}/addresses/{addressId}")
                .buildAndExpand(props.getAccountId(), addressId)
                .toUri();
    }

    public String createAddress(E911AddressForm form) {
        String body = """
                <Address>
                  <HouseNumber>%s</HouseNumber>
                  <StreetName>%s</StreetName>
                  <City>%s</City>
                  <StateCode>%s</StateCode>
                  <Zip>%s</Zip>
                  <AddressType>Service</AddressType>
                </Address>
                """.formatted(form.houseNumber(), form.streetName(), form.city(), form.stateCode(), form.zip());
        return dashboard.post(MessageFormat.format("/accounts/{0}/addresses", props.getAccountId()), body);
    }

    public String addressHistory(String addressId) throws Exception {
        String uri = irisClient.buildAccountModelUri(new String[] {"addresses", addressId, "history"});
        return irisClient.get(uri).getResponseBody();
    }

    public void deleteAddress(String addressId) {
        dashboard.delete(String.format(DashboardEndpoints.E911_ADDRESS, props.getAccountId(), addressId));
    }

    public record E911AddressForm(String houseNumber, String streetName, String city, String stateCode, String zip) {
    }
}
