package net.kestrelcable.provisioning.dashboard;

import net.kestrelcable.provisioning.dashboard.xml.E911AddressPayload;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The Dashboard's store of validated E911 addresses.
 */
@HttpExchange(accept = "application/xml")
public interface E911AddressApi {

    @GetExchange("/accounts/{accountId}/addresses")
    E911AddressPayload.Page list(@PathVariable String accountId,
                                 @RequestParam("page") int page,
                                 @RequestParam("size") int size);

    @GetExchange("/accounts/{accountId}/addresses/{addressId}")
    E911AddressPayload get(@PathVariable String accountId, @PathVariable String addressId);

    @DeleteExchange("/accounts/{accountId}/addresses/{addressId}")
    void delete(@PathVariable String accountId, @PathVariable String addressId);
}
