package com.harborline.numbering.processors;

import com.harborline.numbering.dto.InventoryNumber;
import com.harborline.numbering.dto.Notification;
import com.harborline.numbering.repository.DataSourceFactory;
import com.harborline.numbering.repository.TelephoneNumberRepository;
import com.harborline.numbering.xml.NotificationParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles Dashboard order / port-in notifications (callback subscription, see
 * {@code templates/subscription-callback.xml}). For every completed number we flip the
 * inventory row to ASSIGNED and record which order did it.
 */
public class IrisNotificationProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(IrisNotificationProcessor.class);
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private final TelephoneNumberRepository repository;

    public IrisNotificationProcessor() {
        this(new TelephoneNumberRepository(DataSourceFactory.shared()));
    }

    public IrisNotificationProcessor(TelephoneNumberRepository repository) {
        this.repository = repository;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Notification notification = NotificationParser.parse(exchange.getIn().getBody(String.class));
        if (!notification.isComplete() && !notification.isPartial()) {
            LOG.info("order {} is {} ({}), nothing to do", notification.orderId(), notification.status(),
                    notification.message());
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (String tn : notification.completedTelephoneNumbers()) {
            if (!TEN_DIGITS.matcher(tn).matches()) {
                LOG.warn("order {}: ignoring malformed number {}", notification.orderId(), tn);
                continue;
            }
            Optional<InventoryNumber> row = repository.findByTn(Long.parseLong(tn));
            if (row.isEmpty()) {
                unknown.add(tn);
                continue;
            }
            repository.markActivated(row.get().tn(), notification.orderId());
        }
        exchange.getIn().setHeader("unknownNumbers", unknown);
        exchange.getIn().setHeader("market", marketOf(notification));
    }

    /** Operations wants the callback routed per market; the NPA of the first number decides. */
    static String marketOf(Notification notification) {
        if (notification.completedTelephoneNumbers().isEmpty()) {
            return "UNKNOWN";
        }
        String first = notification.completedTelephoneNumbers().get(0);
        String npa = first.substring(0, 3);
        return switch (npa) {
            case "919", "984" -> "RDU";
            case "704", "980" -> "CLT";
            case "828" -> "AVL";
            default -> "OTHER";
        };
    }
}
