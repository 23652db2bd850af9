package net.northwindtel.provisioning.client.feign;

import net.northwindtel.provisioning.config.FeignXmlConfig;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Port-in (LNP) orders for the porting sub-account, which was provisioned on the old host.
 */
@FeignClient(name = "legacy-porting",
        url = "${bandwidth.dashboard.porting-url:https://api.inetwork.com/v1.0}",
        configuration = FeignXmlConfig.class)
public interface LegacyPortingFeignClient {

    @PostMapping(value = "/accounts/{accountId}/portins", consumes = MediaType.APPLICATION_XML_VALUE)
    String createPortIn(@PathVariable("accountId") String accountId, @RequestBody String lnpOrderXml);

    @GetMapping(value = "/accounts/{accountId}/portins/{orderId}", produces = MediaType.APPLICATION_XML_VALUE)
    String getPortIn(@PathVariable("accountId") String accountId, @PathVariable("orderId") String orderId);

    @GetMapping(value = "/accounts/{accountId}/portins", produces = MediaType.APPLICATION_XML_VALUE)
    String listPortIns(@PathVariable("accountId") String accountId,
                       @RequestParam("status") String status,
                       @RequestParam(value = "page", defaultValue = "1") int page);
}
