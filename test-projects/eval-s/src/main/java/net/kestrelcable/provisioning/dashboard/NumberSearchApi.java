package net.kestrelcable.provisioning.dashboard;

import java.util.Map;

import net.kestrelcable.provisioning.dashboard.xml.InserviceNumbersPayload;
import net.kestrelcable.provisioning.dashboard.xml.SearchResultPayload;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * Number inventory searches. Relative to {@code kestrel.dashboard.base-url}.
 */
@HttpExchange(url = "/accounts/{accountId}", accept = MediaType.APPLICATION_XML_VALUE)
public interface NumberSearchApi {

    @GetExchange("/availableNumbers")
    SearchResultPayload byAreaCode(@PathVariable String accountId,
                                   @RequestParam("areaCode") String areaCode,
                                   @RequestParam("quantity") int quantity);

    @GetExchange("/availableNumbers")
    SearchResultPayload byZip(@PathVariable String accountId,
                              @RequestParam("zip") String zip,
                              @RequestParam("quantity") int quantity);

    @GetExchange("/availableNumbers")
    SearchResultPayload byRateCenter(@PathVariable String accountId,
                                     @RequestParam("rateCenter") String rateCenter,
                                     @RequestParam("state") String state,
                                     @RequestParam("quantity") int quantity);

    /**
     * Numbers we already hold in an area code; used to keep a market's pool topped up.
     */
    @GetExchange("/inserviceNumbers")
    InserviceNumbersPayload inService(@PathVariable String accountId,
                                      @RequestParam("areacode") String areaCode,
                                      @RequestParam(value = "page", defaultValue = "1") int page,
                                      @RequestParam(value = "size", defaultValue = "500") int size);

    /**
     * Same query for the Puerto Rico market, written after the Dashboard support ticket about
     * area codes shared between countries.
     */
    @GetExchange("/inserviceNumbers")
    InserviceNumbersPayload inServiceByCountry(@PathVariable String accountId,
                                               @RequestParam("countryCodeA3") String countryCodeA3,
                                               @RequestParam("areaCode") String areaCode);

    @GetExchange("/sites/{siteId}/inserviceNumbers")
    InserviceNumbersPayload siteInService(@PathVariable String accountId,
                                          @PathVariable String siteId,
                                          @RequestParam Map<String, String> filters);
}
