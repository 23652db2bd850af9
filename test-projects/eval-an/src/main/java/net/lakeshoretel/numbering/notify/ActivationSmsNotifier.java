package net.lakeshoretel.numbering.notify;

import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.events.EnrichedActivation;
import net.lakeshoretel.numbering.util.PhoneNumbers;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.sink.RichSinkFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Texts the subscriber's contact number once the new line or the port-in is live. */
public class ActivationSmsNotifier extends RichSinkFunction<EnrichedActivation> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ActivationSmsNotifier.class);

    private final JobSettings settings;
    private transient BandwidthNotifications notifications;

    public ActivationSmsNotifier(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(Configuration parameters) {
        notifications = new BandwidthNotifications(settings.accountId(), settings.username(), settings.password(),
                settings.messagingApplicationId(), "", settings.notifyFromNumber());
    }

    @Override
    public void invoke(EnrichedActivation activation, Context context) throws Exception {
        String contact = activation.getEvent().getSubscriberContactTn();
        if (activation.getError() != null || contact == null || !PhoneNumbers.isNational(contact)) {
            return;
        }
        String tn = activation.getEvent().getTn();
        String pretty = "(" + tn.substring(0, 3) + ") " + tn.substring(3, 6) + "-" + tn.substring(6);
        notifications.sendSms(PhoneNumbers.toE164(contact),
                "Lakeshore Telecom: your number " + pretty + " is now active. Reply HELP for help.");
        LOG.info("Activation {} notified", activation.getEvent().getActivationId());
    }
}
