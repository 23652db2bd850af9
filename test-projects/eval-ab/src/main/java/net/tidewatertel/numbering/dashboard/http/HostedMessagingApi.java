package net.tidewatertel.numbering.dashboard.http;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

@HttpExchange(url = "/accounts/{accountId}", contentType = "application/xml", accept = "application/xml")
public interface HostedMessagingApi {

    /** Bulk activation of off-net numbers for SMS (pre-2022 customers). */
    @PostExchange("/externalTns")
    ResponseEntity<String> submitExternalTns(@PathVariable String accountId, @RequestBody String externalTnsOrderXml);

    @GetExchange("/externalTns/{orderId}")
    String externalTnsOrder(@PathVariable String accountId, @PathVariable String orderId);

    @GetExchange("/importTnOrders")
    String importOrders(@PathVariable String accountId, @RequestParam("status") String status);

    @GetExchange("/importTnOrders/{orderId}/history")
    String importOrderHistory(@PathVariable String accountId, @PathVariable String orderId);

    @PostExchange("/importTnOrders/voice")
    ResponseEntity<String> importForVoice(@PathVariable String accountId, @RequestBody String importTnOrderXml);

    @PostExchange("/removeImportedTnOrders/messaging")
    ResponseEntity<String> removeFromMessaging(@PathVariable String accountId, @RequestBody String removeOrderXml);
}
