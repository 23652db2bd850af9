package net.kestreltel.portdesk.dashboard;

import feign.Body;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import net.kestreltel.portdesk.dashboard.model.SubscriptionXml;

/** Order-status notifications pushed to /callbacks/dashboard. */
@Headers({"Content-Type: application/xml"})
public interface SubscriptionsApi {

    @RequestLine("POST /accounts/{accountId}/subscriptions")
    @Body("<Subscription><OrderType>{orderType}</OrderType><CallbackSubscription><URL>{url}</URL><Expiry>{expiry}</Expiry></CallbackSubscription></Subscription>")
    void subscribe(@Param("accountId") String accountId, @Param("orderType") String orderType,
                   @Param("url") String url, @Param("expiry") long expiry);

    @RequestLine("POST /accounts/{accountId}/subscriptions")
    void create(@Param("accountId") String accountId, SubscriptionXml subscription);

    @RequestLine("DELETE /accounts/{accountId}/subscriptions/{subscriptionId}")
    void delete(@Param("accountId") String accountId, @Param("subscriptionId") String subscriptionId);
}
