package net.northwindtel.provisioning.client.exchange;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

import java.util.Map;

/**
 * Toll-free verification webhooks (api.bandwidth.com, JSON).
 */
@HttpExchange(accept = "application/json", contentType = "application/json")
public interface TollFreeVerificationClient {

    @GetExchange("/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions")
    Map<String, Object> subscriptions(@PathVariable String accountId);

    @PostExchange("/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions")
    Map<String, Object> subscribe(@PathVariable String accountId, @RequestBody Map<String, Object> subscription);
}
