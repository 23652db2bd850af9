package net.northwindtel.provisioning.client.feign;

import net.northwindtel.provisioning.config.FeignXmlConfig;
import net.northwindtel.provisioning.model.dashboard.E911AddressList;
import net.northwindtel.provisioning.model.dashboard.InserviceTnResponse;
import net.northwindtel.provisioning.model.dashboard.OrderResponseXml;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Account-level Dashboard calls made through OpenFeign (the older half of the integration;
 * new endpoints go into the {@code @HttpExchange} interfaces).
 */
@FeignClient(name = "dashboard-account", url = "${bandwidth.dashboard.base-url}", configuration = FeignXmlConfig.class)
public interface DashboardAccountFeignClient {

    @GetMapping(value = "/accounts/{accountId}/addresses", produces = MediaType.APPLICATION_XML_VALUE)
    E911AddressList listE911Addresses(@PathVariable("accountId") String accountId,
                                      @RequestParam(value = "page", defaultValue = "1") int page,
                                      @RequestParam(value = "size", defaultValue = "500") int size);

    @GetMapping(value = "/accounts/{accountId}/inserviceNumbers", produces = MediaType.APPLICATION_XML_VALUE)
    InserviceTnResponse inserviceNumbers(@PathVariable("accountId") String accountId,
                                         @RequestParam("areacode") String areaCode,
                                         @RequestParam(value = "page", defaultValue = "1") int page);

    @PostMapping(value = "/accounts/{accountId}/importTnOrders", consumes = MediaType.APPLICATION_XML_VALUE)
    String createImportTnOrder(@PathVariable("accountId") String accountId, @RequestBody String importTnOrderXml);

    @GetMapping(value = "/accounts/{accountId}/orders/{orderId}", produces = MediaType.APPLICATION_XML_VALUE)
    OrderResponseXml getOrder(@PathVariable("accountId") String accountId, @PathVariable("orderId") String orderId);

    @PostMapping(value = "/accounts/{accountId}/importTnChecker", consumes = MediaType.APPLICATION_XML_VALUE)
    String checkImportability(@PathVariable("accountId") String accountId, @RequestBody String payload);
}
