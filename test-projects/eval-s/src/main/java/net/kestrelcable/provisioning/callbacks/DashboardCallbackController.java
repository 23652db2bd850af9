package net.kestrelcable.provisioning.callbacks;

import net.kestrelcable.provisioning.config.CallbackProperties;
import net.kestrelcable.provisioning.dashboard.xml.NotificationPayload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Receives the Dashboard's subscription callbacks (orders, port-ins, hosted messaging imports).
 */
@RestController
@RequestMapping(path = "/callbacks/dashboard",
        consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
public class DashboardCallbackController {

    private static final Logger log = LoggerFactory.getLogger(DashboardCallbackController.class);

    private final OrderNotificationHandler orders;
    private final PortNotificationHandler ports;
    private final CallbackProperties props;

    public DashboardCallbackController(OrderNotificationHandler orders, PortNotificationHandler ports,
                                       CallbackProperties props) {
        this.orders = orders;
        this.ports = ports;
        this.props = props;
    }

    @PostMapping("/orders")
    public ResponseEntity<Void> order(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                      @RequestBody NotificationPayload notification) {
        if (!authorized(auth)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        orders.handle(notification);
        return ResponseEntity.ok().build();
    }

    @PostMapping("/portins")
    public ResponseEntity<Void> portIn(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                       @RequestBody NotificationPayload notification) {
        if (!authorized(auth)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        ports.handle(notification);
        return ResponseEntity.ok().build();
    }

    @PostMapping("/importtnorders")
    public ResponseEntity<Void> hostedMessaging(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                                @RequestBody NotificationPayload notification) {
        if (!authorized(auth)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        log.info("importTnOrders notification {} {} for {} numbers", notification.orderId(), notification.status(),
                notification.completed().size());
        orders.handleHostedMessaging(notification);
        return ResponseEntity.ok().build();
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String expected = props.username() + ":" + props.password();
        String given = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        return expected.equals(given);
    }
}
