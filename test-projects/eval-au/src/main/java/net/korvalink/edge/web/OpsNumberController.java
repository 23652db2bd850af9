package net.korvalink.edge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import net.korvalink.edge.partner.AddressBookClient;
import net.korvalink.edge.persistence.NumberInventoryMapper;
import net.korvalink.edge.persistence.NumberRecord;
import net.korvalink.edge.util.PhoneNumbers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Our own API for the customer portal: numbers, service addresses and area-code quotas per customer account.
 */
@RestController
@RequestMapping("/api/accounts/{accountId}")
public class OpsNumberController {

    private final NumberInventoryMapper inventory;
    private final AddressBookClient addressBook;
    private final Map<String, Map<Integer, AreaCodeQuota>> quotas = new ConcurrentHashMap<>();

    public OpsNumberController(NumberInventoryMapper inventory, AddressBookClient addressBook) {
        this.inventory = inventory;
        this.addressBook = addressBook;
    }

    @GetMapping("/addresses")
    public Flux<AddressBookClient.ServiceAddress> addresses(@PathVariable String accountId) {
        return Flux.defer(() -> Flux.fromIterable(addressBook.addresses(accountId)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/numbers")
    public Flux<NumberRecord> numbers(@PathVariable String accountId,
            @RequestParam(name = "areaCode", required = false) Integer areaCode) {
        return Mono.fromCallable(() -> inventory.findActiveByAreaCode(areaCode == null ? 0 : areaCode))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(Flux::fromIterable)
                .filter(r -> accountId.equals(r.getCustomerId()));
    }

    @PostMapping("/numbers/{tn}/validate")
    public ResponseEntity<String> validate(@PathVariable String accountId, @PathVariable String tn) {
        // the portal sends what the customer typed; we accept national format only
        String digits = tn.replaceAll("[^0-9]", "");
        if (digits.length() != 10 || !digits.matches("[2-9]\\d{2}[2-9]\\d{6}")) {
            return ResponseEntity.badRequest().body("Enter a 10-digit US number");
        }
        return ResponseEntity.ok(PhoneNumbers.toE164(digits));
    }

    @GetMapping("/quotas")
    public List<AreaCodeQuota> quotas(@PathVariable String accountId) {
        return new ArrayList<>(quotas.getOrDefault(accountId, Map.of()).values());
    }

    @PostMapping("/quotas")
    public AreaCodeQuota setQuota(@PathVariable String accountId, @RequestBody AreaCodeQuota quota) {
        quotas.computeIfAbsent(accountId, k -> new ConcurrentHashMap<>()).put(quota.getAreaCode(), quota);
        return quota;
    }

    boolean quotaAllows(String accountId, int areaCode, int held) {
        AreaCodeQuota quota = quotas.getOrDefault(accountId, Map.of()).get(areaCode);
        return quota == null || held < quota.getMaxNumbers();
    }
}
