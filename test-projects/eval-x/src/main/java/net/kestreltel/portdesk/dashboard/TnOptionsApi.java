package net.kestreltel.portdesk.dashboard;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import net.kestreltel.portdesk.dashboard.model.TnOptionOrderXml;

/** TN option orders: the supported way to switch SMS on and off. */
@Headers({"Content-Type: application/xml", "Accept: application/xml"})
public interface TnOptionsApi {

    @RequestLine("POST /accounts/{accountId}/tnoptions")
    TnOptionOrderXml create(@Param("accountId") String accountId, TnOptionOrderXml order);

    @RequestLine("GET /accounts/{accountId}/tnoptions/{orderId}")
    TnOptionOrderXml get(@Param("accountId") String accountId, @Param("orderId") String orderId);
}
