package net.tidewaterconnect.numbering.dashboard.api;

import net.tidewaterconnect.numbering.dashboard.model.E911Address;
import net.tidewaterconnect.numbering.dashboard.model.E911AddressList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** E911 service addresses registered on the Dashboard account. */
@HttpExchange(url = "/accounts/{accountId}", accept = "application/xml", contentType = "application/xml")
public interface E911AddressApi {

    @GetExchange("/addresses")
    E911AddressList list(@RequestParam(name = "page", defaultValue = "1") int page,
                         @RequestParam(name = "size", defaultValue = "250") int size);

    @GetExchange("/addresses/{addressId}")
    E911Address get(@PathVariable String addressId);

    @PostExchange("/addresses")
    ResponseEntity<Void> create(@RequestBody E911Address address);

    @DeleteExchange("/addresses/{addressId}")
    void delete(@PathVariable String addressId);
}
