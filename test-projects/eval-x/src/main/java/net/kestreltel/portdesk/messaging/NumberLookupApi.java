package net.kestreltel.portdesk.messaging;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

import java.util.List;
import java.util.Map;

/** Bandwidth Phone Number Lookup v2 (carrier of a number before we port it). */
@Headers({"Content-Type: application/json", "Accept: application/json"})
public interface NumberLookupApi {

    @RequestLine("POST /accounts/{accountId}/tnlookup")
    Map<String, Object> lookup(@Param("accountId") String accountId, Map<String, List<String>> body);

    @RequestLine("GET /accounts/{accountId}/tnlookup/{requestId}")
    Map<String, Object> result(@Param("accountId") String accountId, @Param("requestId") String requestId);
}
