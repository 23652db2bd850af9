package net.tidewatertel.numbering.events;

import net.tidewatertel.numbering.messaging.SmsNotifier;
import net.tidewatertel.numbering.support.TidewaterNumbers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Texts the new number itself once it is live, so the customer's handset shows a first message
 * from us ("Welcome to Tidewater!").
 */
@Component
public class WelcomeSmsListener {

    private static final Logger log = LoggerFactory.getLogger(WelcomeSmsListener.class);

    private final SmsNotifier sms;

    public WelcomeSmsListener(SmsNotifier sms) {
        this.sms = sms;
    }

    @Async
    @TransactionalEventListener
    public void onActivated(NumberEvents.Activated event) {
        String to = "+1" + event.tn();
        String text = "Welcome to Tidewater Telecom! Your number is active. Questions? Call "
                + TidewaterNumbers.CUSTOMER_CARE + " or fax LOAs to " + TidewaterNumbers.PORTING_FAX + ".";
        try {
            sms.send(to, text);
        } catch (RuntimeException e) {
            log.warn("Welcome SMS to {} failed: {}", to, e.getMessage());
        }
    }
}
