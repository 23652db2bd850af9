package com.kestrelvoice.numlife.web;

import com.kestrelvoice.numlife.domain.PhoneNumberEntity;
import com.kestrelvoice.numlife.dto.NotificationPayload;
import com.kestrelvoice.numlife.mapping.CallbackMapper;
import com.kestrelvoice.numlife.repo.CallbackEventRepository;
import com.kestrelvoice.numlife.repo.NumberOrderRepository;
import com.kestrelvoice.numlife.repo.PhoneNumberRepository;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives the order notifications the Dashboard posts to our subscriptions.
 */
@Slf4j
@RestController
@RequestMapping("/callbacks/dashboard")
@RequiredArgsConstructor
public class DashboardCallbackController {

    private final PhoneNumberRepository phoneNumbers;
    private final NumberOrderRepository numberOrders;
    private final CallbackEventRepository callbackEvents;
    private final CallbackMapper callbackMapper;

    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_XML_VALUE)
    @Transactional
    public ResponseEntity<Void> orders(@Valid @RequestBody NotificationPayload payload) {
        log.info("Order notification {} type={} status={}", payload.getOrderId(), payload.getOrderType(), payload.getStatus());
        callbackEvents.saveAll(callbackMapper.toEvents(payload));
        numberOrders.findByDashboardOrderId(payload.getOrderId()).ifPresent(order -> order.setStatus(payload.getStatus()));
        if (!"COMPLETE".equals(payload.getStatus())) {
            return ResponseEntity.ok().build();
        }
        for (String tn : payload.getCompletedTelephoneNumbers()) {
            if (tn.length() != 10) {
                log.warn("Unexpected number {} in order {}", tn, payload.getOrderId());
                continue;
            }
            Optional<PhoneNumberEntity> number = phoneNumbers.findByTn(tn);
            number.ifPresent(n -> {
                n.setStatus(PhoneNumberEntity.Status.IN_SERVICE);
                n.setActivatedAt(Instant.now());
            });
        }
        return ResponseEntity.ok().build();
    }

    @PostMapping(path = "/portins", consumes = MediaType.APPLICATION_XML_VALUE)
    @Transactional
    public ResponseEntity<Void> portins(@RequestBody NotificationPayload payload) {
        List<PhoneNumberEntity> ported = phoneNumbers.findByTnIn(payload.getCompletedTelephoneNumbers());
        ported.forEach(n -> n.setStatus(PhoneNumberEntity.Status.IN_SERVICE));
        if (ported.size() < payload.getCompletedTelephoneNumbers().size()) {
            log.warn("Port-in {} completed numbers we do not track", payload.getOrderId());
        }
        return ResponseEntity.ok().build();
    }

    @PostMapping(path = "/importtnorders", consumes = MediaType.APPLICATION_XML_VALUE)
    @Transactional
    public ResponseEntity<Void> hostedMessaging(@RequestBody NotificationPayload payload) {
        for (String tn : payload.getCompletedTelephoneNumbers()) {
            String smsRoute = "sip:+1" + tn + "@sms-gw.kestrelvoice.net";
            log.info("Hosted messaging active for {}, routing to {}", tn, smsRoute);
        }
        return ResponseEntity.ok().build();
    }

    /** Disconnect callbacks are subscribed with NumberFormat E164. */
    @PostMapping(path = "/disconnects", consumes = MediaType.APPLICATION_XML_VALUE)
    @Transactional
    public ResponseEntity<Void> disconnects(@RequestBody NotificationPayload payload) {
        for (String tn : payload.getCompletedTelephoneNumbers()) {
            String national = tn.startsWith("+1") ? tn.substring(2) : tn;
            phoneNumbers.findByTn(national).ifPresent(n -> n.setStatus(PhoneNumberEntity.Status.DISCONNECTED));
        }
        return ResponseEntity.ok().build();
    }
}
