package com.northwind.numbers.iris;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Declarative client for the Dashboard API (Spring HTTP interface, proxied in HttpInterfaceConfig).
 */
@HttpExchange(url = "https://dashboard.bandwidth.com/v1.0/accounts/{accountId}",
        accept = "application/xml", contentType = "application/xml")
public interface DashboardHttpApi {

    @GetExchange("/availableNumbers")
    String searchByAreaCode(@PathVariable("accountId") String accountId,
                            @RequestParam("areaCode") String areaCode,
                            @RequestParam("quantity") int quantity);

    @GetExchange("/availableNumbers?areaCode={areaCode}&enableTNDetail=true")
    String searchWithDetail(@PathVariable("accountId") String accountId,
                            @PathVariable("areaCode") String areaCode);

    @GetExchange("/addresses")
    String listE911Addresses(@PathVariable("accountId") String accountId);

    @PostExchange("/externalTns")
    String createExternalTnsOrder(@PathVariable("accountId") String accountId, @RequestBody String order);

    @PostExchange("/removeImportedTnOrders")
    String removeImportedTns(@PathVariable("accountId") String accountId, @RequestBody String order);

    @GetExchange("/inserviceNumbers?countryCodeA3=USA&areaCode={areaCode}")
    String inserviceNumbers(@PathVariable("accountId") String accountId,
                            @PathVariable("areaCode") String areaCode);

    @GetExchange("/orders/{orderId}")
    String getOrder(@PathVariable("accountId") String accountId, @PathVariable("orderId") String orderId);
}
