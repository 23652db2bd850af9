package net.tidewaterconnect.numbering.dashboard.api;

import net.tidewaterconnect.numbering.dashboard.model.TnListResponse;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

@HttpExchange(accept = "application/xml")
public interface InserviceNumbersApi {

    @GetExchange("/accounts/{accountId}/inserviceNumbers")
    TnListResponse byAreaCode(@RequestParam("areacode") String areaCode,
                              @RequestParam(name = "page", defaultValue = "1") String page,
                              @RequestParam(name = "size", defaultValue = "500") int size);

    @GetExchange("/accounts/{accountId}/inserviceNumbers")
    TnListResponse byState(@RequestParam("state") String state,
                           @RequestParam(name = "size", defaultValue = "500") int size);

    @GetExchange("/accounts/{accountId}/inserviceNumbers")
    TnListResponse byCountryAndAreaCode(@RequestParam("countryCodeA3") String countryCodeA3,
                                        @RequestParam("areaCode") String areaCode);

    @GetExchange("/accounts/{accountId}/sites/{siteId}/inserviceNumbers")
    TnListResponse siteByAreaCode(@RequestParam("areaCode") String areaCode);
}
