package net.kestreltel.numgate.e911;

import net.kestreltel.numgate.dashboard.E911AddressClient;
import net.kestreltel.numgate.dashboard.xml.E911Address;
import net.kestreltel.numgate.e911.CrmAddressClient.CustomerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Pushes CRM service addresses to the Dashboard as E911 addresses. */
@Service
public class E911Service {

    private static final Logger log = LoggerFactory.getLogger(E911Service.class);

    private final CrmAddressClient crm;
    private final E911AddressClient dashboard;

    public E911Service(CrmAddressClient crm, E911AddressClient dashboard) {
        this.crm = crm;
        this.dashboard = dashboard;
    }

    /** Creates the missing E911 addresses of a customer and links them in the CRM. */
    public Flux<String> syncCustomer(String customerId) {
        return crm.addressesOf(customerId)
                .filter(a -> a.e911AddressId() == null)
                .concatMap(a -> dashboard.createAddress(toDashboard(a))
                        .flatMap(id -> crm.linkE911(customerId, a.id(), id).thenReturn(id)));
    }

    /** Removes an E911 address after the customer moved; the CRM keeps its own history. */
    public Mono<Void> retire(String e911AddressId) {
        log.info("Retiring E911 address {} (DELETE /accounts/{}/addresses/{})", e911AddressId, "<account>", e911AddressId);
        return dashboard.deleteAddress(e911AddressId);
    }

    static E911Address toDashboard(CustomerAddress a) {
        String[] parts = a.houseAndStreet();
        return new E911Address(null, parts[0], parts[1], a.city(), a.state(), a.postalCode(), "E911");
    }
}
