package net.larkspurtel.provisioning.functions;

import com.google.cloud.functions.BackgroundFunction;
import com.google.cloud.functions.Context;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.events.ProvisioningEvent;
import net.larkspurtel.provisioning.events.PubSubMessage;
import net.larkspurtel.provisioning.service.ExternalTnService;
import net.larkspurtel.provisioning.service.HostedMessagingService;

/**
 * Pub/Sub trigger on {@code hosted-messaging}: HOST_MESSAGING, RELEASE_MESSAGING, SYNC_EXTERNAL.
 */
public class HostedMessagingFunction implements BackgroundFunction<PubSubMessage> {

    private static final Logger LOG = Logger.getLogger(HostedMessagingFunction.class.getName());

    @Override
    public void accept(PubSubMessage message, Context context) throws Exception {
        ProvisioningEvent event = message.payload(ProvisioningEvent.class);
        HostedMessagingService hosted = ProvisioningModule.get().hostedMessaging();
        ExternalTnService external = ProvisioningModule.get().externalTns();
        switch (event.type) {
            case HOST_MESSAGING -> {
                hosted.checkImportable(event.telephoneNumbers);
                String answer = hosted.importNumbers(event);
                LOG.info(() -> "POST importTnOrders answered " + answer.length() + " bytes");
            }
            case RELEASE_MESSAGING -> hosted.removeNumbers(event.customerOrderId, event.telephoneNumbers);
            case SYNC_EXTERNAL -> {
                // the reseller tenants still register their numbers through /externalTns
                external.add(event.customerOrderId, event.telephoneNumbers);
            }
            default -> LOG.warning("ignoring " + event.type + " on hosted-messaging");
        }
    }
}
