package com.lumenwave.provisioning.iris;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Registers numbers hosted at another carrier with Bandwidth so we can message on them.
 */
@FeignClient(name = "iris-external-tns", url = "${iris.legacy-url}")
public interface ExternalTnsClient {

    @PostMapping(value = "/accounts/{accountId}/externalTns",
            consumes = "application/xml", produces = "application/xml")
    String submitExternalTnsOrder(@PathVariable("accountId") String accountId,
                                  @RequestBody String externalTnsOrder);

    @GetMapping(value = "/accounts/{accountId}/externalTns/{orderId}", produces = "application/xml")
    String getExternalTnsOrder(@PathVariable("accountId") String accountId,
                               @PathVariable("orderId") String orderId);
}
