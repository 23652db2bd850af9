package com.harborline.porting.callback;

import com.harborline.porting.data.PortedNumber;
import com.harborline.porting.data.PortedNumberRepository;
import com.harborline.porting.util.XmlSupport;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Receives order notifications that the Dashboard posts to our subscription URL.
 */
@Controller("/callbacks/dashboard")
public class OrderCallbackController {

    private static final Logger LOG = LoggerFactory.getLogger(OrderCallbackController.class);

    private final PortedNumberRepository numbers;

    public OrderCallbackController(PortedNumberRepository numbers) {
        this.numbers = numbers;
    }

    @Post(value = "/orders", consumes = {MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public HttpResponse<?> orderNotification(@Body String xml) {
        OrderNotification notification = XmlSupport.read(xml, OrderNotification.class);
        LOG.info("Dashboard {} notification for order {}: {}", notification.orderType(),
                notification.orderId(), notification.status());
        if (!"COMPLETE".equals(notification.status())) {
            return HttpResponse.ok();
        }
        for (String tn : notification.completed()) {
            if (tn.length() != 10) {
                LOG.warn("Skipping unexpected number {} in order {}", tn, notification.orderId());
                continue;
            }
            Optional<PortedNumber> ported = numbers.findByTn(tn);
            ported.ifPresent(n -> {
                n.setStatus("ACTIVE");
                numbers.update(n);
            });
        }
        return HttpResponse.ok();
    }

    @Post(value = "/portins", consumes = MediaType.APPLICATION_XML)
    public HttpResponse<?> portInNotification(@Body String xml) {
        OrderNotification notification = XmlSupport.read(xml, OrderNotification.class);
        notification.completed().stream()
                .map(tn -> "+1" + tn)
                .map(numbers::findByE164)
                .flatMap(Optional::stream)
                .forEach(n -> {
                    n.setStatus("PORTED");
                    numbers.update(n);
                });
        return HttpResponse.noContent();
    }
}
