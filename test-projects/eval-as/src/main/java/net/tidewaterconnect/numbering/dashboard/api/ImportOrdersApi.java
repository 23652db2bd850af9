package net.tidewaterconnect.numbering.dashboard.api;

import net.tidewaterconnect.numbering.dashboard.model.ImportOrderStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** Hosted messaging imports: numbers that stay with their voice carrier but text through us. */
@HttpExchange(url = "/accounts/{accountId}/importTnOrders", accept = "application/xml", contentType = "application/xml")
public interface ImportOrdersApi {

    @PostExchange
    ResponseEntity<String> create(@RequestBody String importTnOrderXml);

    @GetExchange("/{orderId}")
    ImportOrderStatus get(@PathVariable String orderId);

    @GetExchange("/{orderId}/history")
    String history(@PathVariable String orderId);
}
