package net.tidewatertel.numbering.dashboard.http;

import net.tidewatertel.numbering.dashboard.xml.SearchResultXml;
import net.tidewatertel.numbering.dashboard.xml.TnListXml;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * Searches used by the sales desk ("find me ten numbers in Norfolk").
 */
@HttpExchange(url = "/accounts/{accountId}", accept = MediaType.APPLICATION_XML_VALUE)
public interface NumberSearchApi {

    @GetExchange("/availableNumbers")
    SearchResultXml byAreaCode(@PathVariable String accountId,
                               @RequestParam("areaCode") String areaCode,
                               @RequestParam("quantity") int quantity);

    @GetExchange("/availableNumbers")
    SearchResultXml byRateCenter(@PathVariable String accountId,
                                 @RequestParam("rateCenter") String rateCenter,
                                 @RequestParam("state") String state,
                                 @RequestParam("quantity") int quantity);

    @GetExchange("/availableNumbers?areaCode={areaCode}&localVanity={vanity}")
    SearchResultXml vanity(@PathVariable String accountId,
                           @PathVariable String areaCode,
                           @PathVariable String vanity);

    @GetExchange("/inserviceNumbers")
    TnListXml inService(@PathVariable String accountId,
                        @RequestParam("countryCodeA3") String countryCodeA3,
                        @RequestParam("areaCode") String areaCode,
                        @RequestParam("page") int page,
                        @RequestParam("size") int size);

    @GetExchange("/sites/{siteId}/inserviceNumbers")
    TnListXml inServiceAtSite(@PathVariable String accountId,
                              @PathVariable String siteId,
                              @RequestParam("areaCode") String areaCode);
}
