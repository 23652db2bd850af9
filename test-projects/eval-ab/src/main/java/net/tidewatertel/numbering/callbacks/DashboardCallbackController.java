package net.tidewatertel.numbering.callbacks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import net.tidewatertel.numbering.config.CallbackProperties;
import net.tidewatertel.numbering.dashboard.xml.NotificationXml;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives order notifications from the Dashboard (see SubscriptionRegistrar).
 */
@RestController
@RequestMapping("/callbacks/dashboard")
public class DashboardCallbackController {

    private static final Logger log = LoggerFactory.getLogger(DashboardCallbackController.class);

    private final OrderNotificationHandler handler;
    private final CallbackProperties callbacks;

    public DashboardCallbackController(OrderNotificationHandler handler, CallbackProperties callbacks) {
        this.handler = handler;
        this.callbacks = callbacks;
    }

    @PostMapping(path = "/{orderType}", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<Void> notify(@PathVariable String orderType,
                                       @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                       @RequestBody NotificationXml notification) {
        if (!authorized(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        log.info("Dashboard {} notification: order={} status={} tns={}", orderType, notification.orderId,
                notification.status, notification.completedTelephoneNumbers.size());
        handler.handle(orderType, notification);
        return ResponseEntity.ok().build();
    }

    private boolean authorized(String header) {
        if (callbacks.getPassword() == null || callbacks.getPassword().isBlank()) {
            return true;
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (callbacks.getUsername() + ":" + callbacks.getPassword()).getBytes(StandardCharsets.UTF_8));
        return expected.equals(header);
    }
}
