package net.kestreltel.portdesk.dashboard;

import feign.Body;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Older external TN flow, still used by the reseller onboarding job. */
@Headers("Content-Type: application/xml")
public interface ExternalTnsApi {

    @RequestLine("POST /accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/externalTns")
    @Body("<ExternalTnsOrder><CustomerOrderId>{customerOrderId}</CustomerOrderId><Action>IMPORT</Action>"
            + "<TelephoneNumbers><TelephoneNumber>{tn}</TelephoneNumber></TelephoneNumbers></ExternalTnsOrder>")
    String importExternal(@Param("accountId") String accountId, @Param("siteId") String siteId,
                          @Param("sipPeerId") String sipPeerId, @Param("customerOrderId") String customerOrderId,
                          @Param("tn") String tn);

    @RequestLine("GET /accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/externalTns?page=1&size=500")
    String listExternal(@Param("accountId") String accountId, @Param("siteId") String siteId,
                        @Param("sipPeerId") String sipPeerId);

    @RequestLine("GET /accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/externalTnsOrders/{orderId}")
    String orderStatus(@Param("accountId") String accountId, @Param("siteId") String siteId,
                       @Param("sipPeerId") String sipPeerId, @Param("orderId") String orderId);
}
