package net.tidewatertel.numbering.events;

import net.tidewatertel.numbering.domain.NumberStatus;
import net.tidewatertel.numbering.domain.PhoneNumberRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class ReleaseAuditListener {

    private static final Logger audit = LoggerFactory.getLogger("AUDIT");

    private final PhoneNumberRepository numbers;

    public ReleaseAuditListener(PhoneNumberRepository numbers) {
        this.numbers = numbers;
    }

    @EventListener
    @Transactional
    public void onReleased(NumberEvents.Released event) {
        numbers.findByTn(event.tn()).ifPresent(pn -> pn.setStatus(NumberStatus.RELEASED));
        audit.info("released tn={} reason={} at={}", event.tn(), event.reason(), event.at());
    }
}
