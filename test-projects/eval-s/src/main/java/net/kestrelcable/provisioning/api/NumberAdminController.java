package net.kestrelcable.provisioning.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.kestrelcable.provisioning.dashboard.DashboardClient;
import net.kestrelcable.provisioning.dashboard.xml.E911AddressPayload;
import net.kestrelcable.provisioning.e911.E911AddressSyncService;
import net.kestrelcable.provisioning.external.BillingSystemClient;
import net.kestrelcable.provisioning.messaging.SmsEnablementService;
import net.kestrelcable.provisioning.persistence.TnInventoryRepository;
import net.kestrelcable.provisioning.porting.model.ImportTnOrder;
import net.kestrelcable.provisioning.util.PhoneNumbers;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints for the CSR console.
 */
@RestController
public class NumberAdminController {

    private final TnInventoryRepository inventory;
    private final DashboardClient dashboard;
    private final SmsEnablementService sms;
    private final E911AddressSyncService e911;
    private final BillingSystemClient billing;
    private final JdbcTemplate jdbc;

    public NumberAdminController(TnInventoryRepository inventory, DashboardClient dashboard, SmsEnablementService sms,
                                 E911AddressSyncService e911, BillingSystemClient billing, JdbcTemplate jdbc) {
        this.inventory = inventory;
        this.dashboard = dashboard;
        this.sms = sms;
        this.e911 = e911;
        this.billing = billing;
        this.jdbc = jdbc;
    }

    /** Service addresses of a billing account, shown next to the E911 address. */
    @GetMapping("/api/accounts/{accountId}/addresses")
    public Map<?, ?> billingAddresses(@PathVariable String accountId) {
        return billing.serviceAddress(accountId);
    }

    @GetMapping("/api/numbers")
    public List<TnInventoryRepository.InventoryRecord> byAreaCode(@RequestParam("areaCode") int areaCode,
                                                                  @RequestParam(defaultValue = "2147483647") int limit) {
        return inventory.findByNpa(areaCode).stream().limit(limit).toList();
    }

    @GetMapping("/api/numbers/{tn}")
    public ResponseEntity<Map<String, Object>> number(@PathVariable String tn) {
        String national = PhoneNumbers.toNational(tn);
        return inventory.findByTn(national)
                .map(record -> {
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("record", record);
                    view.put("dashboard", dashboard.tnDetails(national));
                    return ResponseEntity.ok(view);
                })
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/api/numbers/{tn}/sms")
    public void sms(@PathVariable String tn, @RequestParam boolean enabled) {
        String national = PhoneNumbers.toNational(tn);
        if (enabled) {
            sms.enableSms(national);
        } else {
            sms.disableSms(national);
        }
    }

    @GetMapping("/api/e911/addresses/{addressId}")
    public E911AddressPayload e911Address(@PathVariable String addressId) {
        return e911.fetch(addressId);
    }

    @DeleteMapping("/api/e911/addresses/{addressId}")
    public void purgeE911Address(@PathVariable String addressId) {
        e911.purge(addressId);
    }

    @GetMapping("/api/customers/{customerId}/hosted-messaging-orders")
    public List<ImportTnOrder> hostedMessagingOrders(@PathVariable String customerId) {
        return ImportTnOrder.List(jdbc, customerId);
    }

    @GetMapping("/api/hosted-messaging-orders/{orderId}")
    public ImportTnOrder hostedMessagingOrder(@PathVariable String orderId) {
        return ImportTnOrder.Get(jdbc, orderId);
    }
}
