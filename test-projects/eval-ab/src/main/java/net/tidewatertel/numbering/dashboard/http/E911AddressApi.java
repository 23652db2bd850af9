package net.tidewatertel.numbering.dashboard.http;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Dashboard E911 addresses, as used by the customer-onboarding flow.
 */
@HttpExchange(url = "/accounts/{accountId}", accept = "application/xml")
public interface E911AddressApi {

    @GetExchange("/addresses")
    String list(@PathVariable String accountId,
                @RequestParam(value = "page", required = false) Integer page);

    @GetExchange("/addresses/{addressId}")
    String get(@PathVariable String accountId, @PathVariable String addressId);

    @PostExchange(url = "/addresses", contentType = "application/xml")
    ResponseEntity<Void> create(@PathVariable String accountId, @RequestBody String addressXml);

    @DeleteExchange("/e911Addresses/{addressId}")
    void delete(@PathVariable String accountId, @PathVariable String addressId);
}
