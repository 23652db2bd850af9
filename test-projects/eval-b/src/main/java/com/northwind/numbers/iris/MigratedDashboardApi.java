package com.northwind.numbers.iris;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The part of the Dashboard integration already moved to API v2 (base URL set in HttpInterfaceConfig).
 */
@HttpExchange(url = "/accounts/{accountId}", accept = "application/xml", contentType = "application/xml")
public interface MigratedDashboardApi {

    @GetExchange("/availableNumbers")
    String searchByAreaCode(@PathVariable("accountId") String accountId,
                            @RequestParam("countryCodeA3") String countryCodeA3,
                            @RequestParam("areaCode") String areaCode);

    @GetExchange("/e911Addresses")
    String listE911Addresses(@PathVariable("accountId") String accountId);

    @PostExchange("/importTnOrders/messaging")
    String importForMessaging(@PathVariable("accountId") String accountId, @RequestBody String order);

    @PostExchange("/removeImportedTnOrders/messaging")
    String removeFromMessaging(@PathVariable("accountId") String accountId, @RequestBody String order);

    @PostExchange("/importTnOrders/voice")
    String importForVoice(@PathVariable("accountId") String accountId, @RequestBody String order);

    @PostExchange("/tnoptions")
    String createTnOptionOrder(@PathVariable("accountId") String accountId, @RequestBody String order);
}
