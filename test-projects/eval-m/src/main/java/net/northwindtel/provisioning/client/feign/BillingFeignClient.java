package net.northwindtel.provisioning.client.feign;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.util.List;

/**
 * Northwind's own billing service (internal, JSON). Its accounts are our customer accounts.
 */
@FeignClient(name = "billing", url = "${northwind.billing.url:http://billing.svc.northwind.internal:8080}")
public interface BillingFeignClient {

    record BillingAddress(String id, String line1, String line2, String city, String state, String zip) {
    }

    record InvoiceLine(String sku, String telephoneNumber, int quantity, BigDecimal amount, long periodStartEpoch) {
    }

    @GetMapping("/api/accounts/{accountId}/invoices")
    List<InvoiceLine> invoices(@PathVariable("accountId") String accountId, @RequestParam("period") String period);

    @GetMapping("/api/accounts/{accountId}/addresses")
    List<BillingAddress> billingAddresses(@PathVariable("accountId") String accountId);

    @PostMapping("/api/accounts/{accountId}/usage")
    void recordTnUsage(@PathVariable("accountId") String accountId, @RequestBody List<InvoiceLine> lines);
}
