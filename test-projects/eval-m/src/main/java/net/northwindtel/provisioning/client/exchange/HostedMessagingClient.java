package net.northwindtel.provisioning.client.exchange;

import net.northwindtel.provisioning.model.hosted.ExternalTnsOrderRequest;
import net.northwindtel.provisioning.model.hosted.ImportTnOrder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Hosted messaging on numbers we do not own (off-net numbers whose voice stays with another carrier).
 */
@HttpExchange(accept = "application/xml", contentType = "application/xml")
public interface HostedMessagingClient {

    @PostExchange("/accounts/{accountId}/externalTns")
    String addExternalTns(@PathVariable String accountId, @RequestBody ExternalTnsOrderRequest order);

    @GetExchange("/accounts/{accountId}/externalTnsOrders/{orderId}")
    String externalTnsOrder(@PathVariable String accountId, @PathVariable String orderId);

    @GetExchange("/accounts/{accountId}/importTnOrders/{orderId}/history")
    String importOrderHistory(@PathVariable String accountId, @PathVariable String orderId);

    @PostExchange("/accounts/{accountId}/importTnOrders/messaging")
    String importForMessaging(@PathVariable String accountId, @RequestBody ImportTnOrder order);

    @PostExchange("/accounts/{accountId}/importTnOrders/voice")
    String importForVoice(@PathVariable String accountId, @RequestBody ImportTnOrder order);

    @PostExchange("/accounts/{accountId}/importTnChecker")
    String checkImportable(@PathVariable String accountId, @RequestBody String importTnCheckerPayload);
}
