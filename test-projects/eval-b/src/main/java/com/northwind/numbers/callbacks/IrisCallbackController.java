package com.northwind.numbers.callbacks;

import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

/**
 * Receives the Dashboard's order and port-in notifications (see SubscriptionClient).
 */
@RestController
@RequestMapping("/callbacks/iris")
public class IrisCallbackController {

    private static final Logger log = LoggerFactory.getLogger(IrisCallbackController.class);
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final XmlMapper XML = new XmlMapper();

    private final PortingStatusStore store;

    public IrisCallbackController(PortingStatusStore store) {
        this.store = store;
    }

    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<Void> orderNotification(@RequestBody String body) throws Exception {
        OrderNotification n = XML.readValue(body, OrderNotification.class);
        if (!"COMPLETE".equals(n.getStatus())) {
            log.info("Order {} is {}", n.getOrderId(), n.getStatus());
            return ResponseEntity.ok().build();
        }
        List<String> completed = n.getCompletedTelephoneNumbers();
        for (String tn : completed) {
            if (!TEN_DIGITS.matcher(tn).matches()) {
                log.warn("Unexpected number format in notification: {}", tn);
                continue;
            }
            store.findByTn(tn).ifPresentOrElse(
                    req -> store.complete(req.tenDigitTn()),
                    () -> log.warn("No pending request for {}", tn));
        }
        return ResponseEntity.ok().build();
    }

    @PostMapping(path = "/portins", consumes = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<Void> portInNotification(@RequestBody String body) throws Exception {
        OrderNotification n = XML.readValue(body, OrderNotification.class);
        for (String tn : n.getCompletedTelephoneNumbers()) {
            store.queueForBilling("1" + tn);
            store.complete(tn);
        }
        if (n.getFailedTelephoneNumbers() != null) {
            for (Long failed : n.getFailedTelephoneNumbers()) {
                log.warn("Port-in failed for {}", failed);
            }
        }
        return ResponseEntity.ok().build();
    }
}
