package net.kestreltel.portdesk.dashboard;

import feign.Body;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/** Dashboard reports (TN inventory, port-in activity). */
public interface ReportsApi {

    @RequestLine("POST /accounts/{accountId}/reports/{reportId}/instances")
    @Headers("Content-Type: application/xml")
    @Body("<Instance><OutputFormat>csv</OutputFormat><Parameters><Parameter><Name>Account</Name><Value>{accountId}</Value></Parameter></Parameters><ExpiresAt>{expiresAt}</ExpiresAt></Instance>")
    Response requestInstance(@Param("accountId") String accountId, @Param("reportId") String reportId,
                             @Param("expiresAt") String expiresAt);

    @RequestLine("POST /accounts/{accountId}/reports/{reportId}/instances")
    @Headers("Content-Type: application/xml")
    Response requestInstanceRaw(@Param("accountId") String accountId, @Param("reportId") String reportId, String xml);

    @RequestLine("GET /accounts/{accountId}/reports/{reportId}/instances/{instanceId}/file")
    Response download(@Param("accountId") String accountId, @Param("reportId") String reportId,
                      @Param("instanceId") String instanceId);
}
