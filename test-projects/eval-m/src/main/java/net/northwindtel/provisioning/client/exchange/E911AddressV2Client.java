package net.northwindtel.provisioning.client.exchange;

import net.northwindtel.provisioning.model.dashboard.E911AddressList;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * Already migrated: the E911 address list on API v2 (used by the nightly E911 audit).
 */
@HttpExchange(accept = "application/xml")
public interface E911AddressV2Client {

    @GetExchange("/accounts/{accountId}/e911Addresses")
    E911AddressList list(@PathVariable String accountId);

    @GetExchange("/accounts/{accountId}/e911Addresses/{addressId}")
    E911AddressList get(@PathVariable String accountId, @PathVariable String addressId);
}
