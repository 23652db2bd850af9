package net.kestrelridge.provisioning.handlers;

import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.crm.CustomerDirectoryClient;
import net.kestrelridge.provisioning.dashboard.E911AddressApi;
import net.kestrelridge.provisioning.dashboard.xml.E911Address;
import net.kestrelridge.provisioning.events.OrderEvent;
import net.kestrelridge.provisioning.events.ProvisioningResult;

/**
 * Stores the customer's service address as an E911 address on the Dashboard and writes the
 * Dashboard's address id back to the CRM.
 */
@Singleton
public class E911Handler {

    private final E911AddressApi addresses;
    private final CustomerDirectoryClient crm;

    @Inject
    public E911Handler(E911AddressApi addresses, CustomerDirectoryClient crm) {
        this.addresses = addresses;
        this.crm = crm;
    }

    public ProvisioningResult registerAddress(OrderEvent event) {
        OrderEvent.ServiceAddress in = event.serviceAddress();
        if (in == null) {
            return ProvisioningResult.rejected(event, "E911_ADDRESS event without serviceAddress");
        }
        E911Address address = new E911Address();
        address.houseNumber = in.houseNumber();
        address.streetName = in.streetName();
        address.city = in.city();
        address.stateCode = in.stateCode();
        address.zip = in.zip();
        String location = addresses.create(address);
        String addressId = location == null ? null : location.substring(location.lastIndexOf('/') + 1);
        crm.recordE911AddressId(event.billingAccountNumber(), addressId);
        return ProvisioningResult.submitted(event, addressId);
    }
}
