package com.northwind.numbers.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.northwind.numbers.fraud.FraudCheckService;
import com.northwind.numbers.iris.sdk.SdkOrderService;

/**
 * Storefront API: our own endpoints, called by the web shop.
 */
@RestController
@RequestMapping("/api/numbers")
public class NumberSearchController {

    private final SdkOrderService orders;
    private final FraudCheckService fraud;

    public NumberSearchController(SdkOrderService orders, FraudCheckService fraud) {
        this.orders = orders;
        this.fraud = fraud;
    }

    @GetMapping(path = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<?> search(@RequestParam("areaCode") String areaCode,
                          @RequestParam(name = "quantity", defaultValue = "10") int quantity) throws Exception {
        return orders.searchV2(areaCode, quantity);
    }

    @PostMapping(path = "/accounts/{customerId}/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Object order(@PathVariable String customerId, @RequestBody List<String> e164Numbers) throws Exception {
        for (String tn : e164Numbers) {
            if (!fraud.allowed(customerId, tn)) {
                throw new IllegalArgumentException("Blocked by risk scoring: " + tn);
            }
        }
        return orders.orderNumbers(e164Numbers);
    }
}
