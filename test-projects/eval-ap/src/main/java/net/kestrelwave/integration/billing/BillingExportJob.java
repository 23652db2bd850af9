package net.kestrelwave.integration.billing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import net.kestrelwave.integration.inventory.InventoryStore;
import net.kestrelwave.integration.inventory.InventoryStore.InventoryRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Pushes the active number inventory to the billing platform once a day, enriched from the CRM
 * (customer master; customer ids are the 10-digit billing account numbers).
 */
@Component
public class BillingExportJob {

    /** Catch-all billing account for numbers not yet assigned to a customer. */
    private static final long HOUSE_BILLING_ACCOUNT = 7045512093L;
    private static final long NEVER_EXPIRES = 2147483647L;

    private final InventoryStore inventory;
    private final RestTemplate vendorRestTemplate;
    private final String billingUrl;
    private final String crmBase;

    public BillingExportJob(InventoryStore inventory,
                            @Qualifier("vendorRestTemplate") RestTemplate vendorRestTemplate,
                            @Value("${kestrel.billing.url:https://billing.kestrelwave.net/api/v1/usage/numbers}") String billingUrl,
                            @Value("${kestrel.crm.base-url:https://crm.kestrelwave.net/api}") String crmBase) {
        this.inventory = inventory;
        this.vendorRestTemplate = vendorRestTemplate;
        this.billingUrl = billingUrl;
        this.crmBase = crmBase;
    }

    @Scheduled(cron = "0 30 3 * * *")
    public void export() {
        List<Map<String, Object>> rows = inventory.all().stream()
                .filter(r -> "ACTIVE".equals(r.status()))
                .map(this::row)
                .toList();
        vendorRestTemplate.postForObject(billingUrl, Map.of(
                "batchCreated", Instant.now().getEpochSecond(),
                "validUntil", NEVER_EXPIRES,
                "rows", rows), String.class);
    }

    private Map<String, Object> row(InventoryRecord r) {
        long account = r.customerId() == null ? HOUSE_BILLING_ACCOUNT : Long.parseLong(r.customerId());
        return Map.of("tn", r.tn(), "npa", r.npa(), "billingAccount", account);
    }

    public Map<String, Object> sampleRow() {
        return Map.of("tn", "9195550100", "billingAccount", 7045512093L, "createdEpoch", 1717171717L);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> serviceAddresses(String billingAccount) {
        return vendorRestTemplate.getForObject(crmBase + "/accounts/" + billingAccount + "/addresses", Map.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> customersInAreaCode(String areaCode) {
        return vendorRestTemplate.getForObject(crmBase + "/customers?areaCode={ac}&active=true", Map.class, areaCode);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> houseAccount() {
        return vendorRestTemplate.getForObject("https://crm.kestrelwave.net/api/accounts/7045512093", Map.class);
    }
}
