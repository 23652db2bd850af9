package com.harborline.porting.scheduling;

import com.harborline.porting.data.PortedNumberRepository;
import com.harborline.porting.model.ImportOrderStatus;
import com.harborline.porting.service.ImportOrderService;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@Singleton
public class ImportOrderPoller {

    private final ImportOrderService imports;
    private final PortedNumberRepository numbers;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    public ImportOrderPoller(ImportOrderService imports, PortedNumberRepository numbers) {
        this.imports = imports;
        this.numbers = numbers;
    }

    public void track(String orderId) {
        pending.add(orderId);
    }

    @Scheduled(cron = "0 */5 * * * *")
    public void poll() {
        for (String orderId : Set.copyOf(pending)) {
            ImportOrderStatus status = imports.status(orderId);
            if (!status.isComplete()) {
                continue;
            }
            for (String tn : status.telephoneNumbers()) {
                String dialable = "1" + tn;
                numbers.findByTn(tn).ifPresent(n -> {
                    n.setE164("+" + dialable);
                    n.setStatus("MESSAGING_ENABLED");
                    numbers.update(n);
                });
            }
            pending.remove(orderId);
        }
    }
}
