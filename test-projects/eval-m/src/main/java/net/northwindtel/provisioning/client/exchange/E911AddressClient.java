package net.northwindtel.provisioning.client.exchange;

import net.northwindtel.provisioning.model.dashboard.E911AddressDto;
import net.northwindtel.provisioning.model.dashboard.E911AddressList;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * E911 service addresses registered on the Dashboard account.
 *
 * <p>Equivalent curl, for the runbook:
 * {@code curl -u user:pass https://dashboard.bandwidth.com/api/accounts/{accountId}/addresses}
 */
@HttpExchange(url = "/accounts/{accountId}", accept = "application/xml", contentType = "application/xml")
public interface E911AddressClient {

    @GetExchange("/addresses")
    E911AddressList list(@PathVariable String accountId,
                         @RequestParam(value = "page", required = false) Integer page);

    @GetExchange("/addresses/{addressId}")
    E911AddressDto get(@PathVariable String accountId, @PathVariable String addressId);

    @PostExchange("/addresses")
    void create(@PathVariable String accountId, @RequestBody E911AddressDto address);

    @DeleteExchange("/addresses/{addressId}")
    void delete(@PathVariable String accountId, @PathVariable String addressId);
}
