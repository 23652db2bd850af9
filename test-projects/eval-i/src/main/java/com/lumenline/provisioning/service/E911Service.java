package com.lumenline.provisioning.service;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.lumenline.provisioning.dashboard.E911AddressClient;
import com.lumenline.provisioning.dashboard.E911AddressDto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Queues numbers for E911 registration and makes sure the address they need exists on the
 * Dashboard first.
 */
@Service
public class E911Service {

    private static final Logger log = LoggerFactory.getLogger(E911Service.class);

    private final E911AddressClient addresses;
    private final Queue<String> pending = new ConcurrentLinkedQueue<>();

    public E911Service(E911AddressClient addresses) {
        this.addresses = addresses;
    }

    public void queueRegistration(String tn) {
        pending.add(tn);
    }

    public E911AddressDto ensureAddress(String addressId) {
        E911AddressDto existing = addresses.getAddress(addressId);
        if (existing == null) {
            throw new IllegalStateException("E911 address " + addressId + " is missing on the Dashboard");
        }
        return existing;
    }

    @Scheduled(fixedDelayString = "PT2M")
    public void drain() {
        String tn;
        while ((tn = pending.poll()) != null) {
            log.info("E911 registration queued for {} (Dashboard E911 addresses live under /accounts/{accountId}/addresses)", tn);
        }
    }
}
