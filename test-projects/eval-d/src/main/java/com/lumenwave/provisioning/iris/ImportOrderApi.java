package com.lumenwave.provisioning.iris;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Hosted-messaging import orders, as a Spring HTTP interface client.
 * Bodies are Dashboard XML documents built by {@code HostedMessagingService}.
 */
@HttpExchange(url = "/accounts/{accountId}",
        contentType = MediaType.APPLICATION_XML_VALUE,
        accept = MediaType.APPLICATION_XML_VALUE)
public interface ImportOrderApi {

    @PostExchange("/importTnOrders")
    ResponseEntity<String> createImportOrder(@PathVariable String accountId, @RequestBody String importTnOrder);

    @GetExchange("/importTnOrders/{orderId}")
    String getImportOrder(@PathVariable String accountId, @PathVariable String orderId);

    @PostExchange("/removeImportedTnOrders")
    ResponseEntity<String> removeImportedNumbers(@PathVariable String accountId,
                                                 @RequestBody String removeImportedTnOrder);

    @PostExchange("/importTnOrders/voice")
    ResponseEntity<String> createVoiceImportOrder(@PathVariable String accountId, @RequestBody String importTnOrder);

    @PostExchange("/importTnChecker")
    String checkImportability(@PathVariable String accountId, @RequestBody String importTnCheckerPayload);
}
