package com.lumenwave.provisioning.iris;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Port-in (LNP) orders. */
@FeignClient(name = "iris-portins", url = "${iris.lnp-url:https://dashboard.bandwidth.com/v1.0}")
public interface PortInClient {

    @PostMapping(value = "/accounts/{accountId}/lnpchecker?fullCheck=true",
            consumes = "application/xml", produces = "application/xml")
    String checkPortability(@PathVariable("accountId") String accountId, @RequestBody String numberPortabilityRequest);

    @PostMapping(value = "/accounts/{accountId}/portins", consumes = "application/xml", produces = "application/xml")
    String createPortIn(@PathVariable("accountId") String accountId, @RequestBody String lnpOrder);

    @GetMapping(value = "/accounts/{accountId}/portins/{orderId}", produces = "application/xml")
    String getPortIn(@PathVariable("accountId") String accountId, @PathVariable("orderId") String orderId);
}
