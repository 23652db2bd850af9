package net.northwindtel.provisioning.client.exchange;

import net.northwindtel.provisioning.model.dashboard.InserviceTnResponse;
import net.northwindtel.provisioning.model.dashboard.NpaNxxResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

import java.util.List;

@HttpExchange(accept = "application/xml")
public interface NumberInventoryClient {

    @GetExchange("/accounts/{accountId}/availableNpaNxx")
    List<NpaNxxResult> availableNpaNxx(@PathVariable String accountId,
                                       @RequestParam("areaCode") String areaCode,
                                       @RequestParam(value = "quantity", defaultValue = "10") int quantity);

    @GetExchange("/accounts/{accountId}/inserviceNumbers")
    InserviceTnResponse inservice(@PathVariable String accountId,
                                  @RequestParam("areaCode") String areaCode,
                                  @RequestParam(value = "countryCodeA3", defaultValue = "USA") String countryCodeA3,
                                  @RequestParam(value = "page", defaultValue = "1") int page);

    @GetExchange("/accounts/{accountId}/sites/{siteId}/inserviceNumbers")
    InserviceTnResponse siteInservice(@PathVariable String accountId, @PathVariable String siteId,
                                      @RequestParam(value = "page", defaultValue = "1") int page);
}
