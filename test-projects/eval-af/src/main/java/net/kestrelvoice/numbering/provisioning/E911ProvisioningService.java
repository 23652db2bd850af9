package net.kestrelvoice.numbering.provisioning;

import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.kestrelvoice.numbering.config.DashboardProxyFactory;
import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.crm.CustomerAddressClient;
import net.kestrelvoice.numbering.crm.CustomerAddressClient.CustomerAddress;
import net.kestrelvoice.numbering.crm.IrisClient;
import net.kestrelvoice.numbering.dashboard.api.E911AddressesApi;
import net.kestrelvoice.numbering.dashboard.model.E911AddressPayload;

/**
 * Copies a customer's service address from our CRM to the carrier's E911 address book and
 * records the carrier address id back on the CRM ticket.
 */
public class E911ProvisioningService {

    private static final Logger log = LoggerFactory.getLogger(E911ProvisioningService.class);

    private final E911AddressesApi addresses;
    private final CustomerAddressClient customerAddresses;
    private final IrisClient tickets;
    private final DashboardSettings settings;

    public E911ProvisioningService(DashboardProxyFactory proxies, CustomerAddressClient customerAddresses,
                                   IrisClient tickets, DashboardSettings settings) {
        this.addresses = proxies.create(E911AddressesApi.class);
        this.customerAddresses = customerAddresses;
        this.tickets = tickets;
        this.settings = settings;
    }

    public String provision(String customerId, String ticketId) {
        CustomerAddress a = customerAddresses.serviceAddress(customerId);
        E911AddressPayload payload = new E911AddressPayload(a.houseNumber(), a.street(), a.city(), a.state(), a.zip());
        Response response = addresses.create(settings.getAccountId(), payload);
        if (response.getStatus() != 201) {
            throw new IllegalStateException("E911 address rejected: HTTP " + response.getStatus());
        }
        String location = response.getHeaderString("Location");
        String addressId = location.substring(location.lastIndexOf('/') + 1);
        tickets.comment(ticketId, "E911 address registered with carrier: " + carrierLink(addressId));
        log.info("customer {} E911 address {}", customerId, addressId);
        return addressId;
    }

    public E911AddressPayload current(String addressId) {
        return addresses.get(settings.getAccountId(), addressId);
    }

    /** Link put on CRM tickets so the NOC can open the carrier record directly. */
    String carrierLink(String addressId) {
        return "https://dashboard.bandwidth.com/api/accounts/" + settings.getAccountId() + "/addresses/" + addressId;
    }
}
