package net.kestreltel.portdesk.dashboard;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import net.kestreltel.portdesk.dashboard.model.ImportTnOrderXml;

/** Hosted messaging: bring numbers that live at another carrier into our messaging platform. */
@Headers({"Content-Type: application/xml", "Accept: application/xml"})
public interface ImportTnApi {

    @RequestLine("POST /accounts/{accountId}/importTnOrders")
    ImportTnOrderXml create(@Param("accountId") String accountId, ImportTnOrderXml order);

    @RequestLine("GET /accounts/{accountId}/importTnOrders/{orderId}")
    ImportTnOrderXml get(@Param("accountId") String accountId, @Param("orderId") String orderId);

    @RequestLine("GET /accounts/{accountId}/importTnOrders/{orderId}/history")
    ImportTnOrderXml.History history(@Param("accountId") String accountId, @Param("orderId") String orderId);

    @RequestLine("POST /accounts/{accountId}/removeImportedTnOrders")
    ImportTnOrderXml.Removal remove(@Param("accountId") String accountId, ImportTnOrderXml.Removal order);

    @RequestLine("POST /accounts/{accountId}/importTnChecker")
    String check(@Param("accountId") String accountId, String payload);

    @RequestLine("POST /accounts/{accountId}/importTnOrders/voice")
    ImportTnOrderXml createVoice(@Param("accountId") String accountId, ImportTnOrderXml order);
}
