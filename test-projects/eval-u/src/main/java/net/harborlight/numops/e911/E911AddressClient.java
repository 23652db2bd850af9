package net.harborlight.numops.e911;

import net.harborlight.numops.config.DashboardEndpoints;
import net.harborlight.numops.config.DashboardProperties;
import net.harborlight.numops.crm.CrmClient.CrmAddress;
import net.harborlight.numops.dashboard.DashboardRestGateway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * E911 service addresses on the Dashboard.
 */
@Component
public class E911AddressClient {

    private final RestClient dashboard;
    private final DashboardRestGateway gateway;
    private final DashboardProperties props;

    public E911AddressClient(@Qualifier("dashboard") RestClient dashboard, DashboardRestGateway gateway,
                             DashboardProperties props) {
        this.dashboard = dashboard;
        this.gateway = gateway;
        this.props = props;
    }

    public String list() {
        return dashboard.get()
                .uri(DashboardEndpoints.E911_ADDRESSES, props.getAccountId())
                .retrieve()
                .body(String.class);
    }

    public String get(String addressId) {
        return dashboard.get()
                .uri("/accounts/{accountId}/addresses/{addressId}", props.getAccountId(), addressId)
                .retrieve()
                .body(String.class);
    }

    public String create(CrmAddress address) {
        String xml = """
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
        return gateway.post(DashboardEndpoints.E911_ADDRESSES, xml, props.getAccountId());
    }

    public void delete(String addressId) {
        dashboard.delete()
                .uri(DashboardEndpoints.E911_ADDRESS, props.getAccountId(), addressId)
                .retrieve()
                .toBodilessEntity();
    }

    /** Side-by-side check during the v2 pilot. */
    public String listOnV2() {
        return dashboard.get()
                .uri("https://dashboard.bandwidth.com/api/v2/accounts/{accountId}/e911Addresses", props.getAccountId())
                .retrieve()
                .body(String.class);
    }

    /**
     * Reusable (non-E911) addresses for the new site-address feature. This one is meant to be
     * the new v2 resource.
     */
    public String listReusableAddresses() {
        return dashboard.get()
                .uri("https://dashboard.bandwidth.com/api/v2/accounts/{accountId}/addresses", props.getAccountId())
                .retrieve()
                .body(String.class);
    }
}
