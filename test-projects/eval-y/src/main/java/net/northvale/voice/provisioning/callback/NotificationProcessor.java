package net.northvale.voice.provisioning.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import net.northvale.voice.provisioning.dashboard.xml.NotificationXml;
import net.northvale.voice.provisioning.partners.MessagingNotifier;
import net.northvale.voice.provisioning.persistence.NumberStatus;
import net.northvale.voice.provisioning.persistence.PhoneNumberEntity;
import net.northvale.voice.provisioning.persistence.PhoneNumberRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Applies Dashboard order, port-in and import callbacks to our number inventory. */
@ApplicationScoped
public class NotificationProcessor {

    private static final Logger LOG = Logger.getLogger(NotificationProcessor.class.getName());
    private static final Pattern NATIONAL_TN = Pattern.compile("\\d{10}");

    private PhoneNumberRepository numbers;
    private MessagingNotifier notifier;

    protected NotificationProcessor() {
    }

    @Inject
    public NotificationProcessor(PhoneNumberRepository numbers, MessagingNotifier notifier) {
        this.numbers = numbers;
        this.notifier = notifier;
    }

    @Transactional
    public void onOrder(NotificationXml n) {
        if (!"COMPLETE".equals(n.getStatus())) {
            LOG.info(() -> "order " + n.getOrderId() + " is " + n.getStatus());
            return;
        }
        for (String tn : n.getCompletedTelephoneNumbers()) {
            PhoneNumberEntity entity = numbers.findByTn(tn).orElseGet(PhoneNumberEntity::new);
            entity.setTn(tn);
            entity.setAreaCode(Integer.parseInt(tn.substring(0, 3)));
            entity.setDashboardOrderId(n.getOrderId());
            entity.setStatus(NumberStatus.ACTIVE);
            entity.setActivatedAt(Instant.now());
            numbers.save(entity);
        }
    }

    @Transactional
    public void onPortIn(NotificationXml n) {
        if (!"COMPLETE".equals(n.getStatus())) {
            return;
        }
        for (String tn : n.getCompletedTelephoneNumbers()) {
            if (!NATIONAL_TN.matcher(tn).matches()) {
                LOG.warning("ignoring malformed number " + tn + " in port-in " + n.getOrderId());
                continue;
            }
            Optional<PhoneNumberEntity> line = numbers.findByTn(tn);
            line.ifPresent(entity -> {
                entity.setStatus(NumberStatus.ACTIVE);
                entity.setActivatedAt(Instant.now());
            });
            notifier.portInComplete("+1" + tn, n.getActualFocDate());
        }
    }

    @Transactional
    public void onImport(NotificationXml n) {
        boolean done = "COMPLETE".equals(n.getStatus());
        n.getCompletedTelephoneNumbers().forEach(tn ->
                numbers.findByTn(tn).ifPresent(entity -> entity.setSmsEnabled(done)));
    }
}
