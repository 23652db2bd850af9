package net.larkspurtel.provisioning.functions;

import com.bandwidth.iris.sdk.IrisClient;
import com.google.cloud.functions.BackgroundFunction;
import com.google.cloud.functions.Context;
import java.util.List;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.events.ProvisioningEvent;
import net.larkspurtel.provisioning.events.PubSubMessage;
import net.larkspurtel.provisioning.legacy.IrisSdkClientFactory;
import net.larkspurtel.provisioning.legacy.LegacyHostedMessaging;
import net.larkspurtel.provisioning.legacy.LegacyIrisConfig;

/**
 * Pub/Sub trigger on {@code reseller-hosted-messaging}. Still on the Iris SDK because the
 * reseller sub-accounts are configured in iris-legacy.xml.
 */
public class LegacyHostedMessagingFunction implements BackgroundFunction<PubSubMessage> {

    private static final Logger LOG = Logger.getLogger(LegacyHostedMessagingFunction.class.getName());

    private final LegacyIrisConfig config = LegacyIrisConfig.load();
    private final IrisClient client = IrisSdkClientFactory.fromLegacyConfig(config);

    @Override
    public void accept(PubSubMessage message, Context context) throws Exception {
        ProvisioningEvent event = message.payload(ProvisioningEvent.class);
        LegacyHostedMessaging hosted = new LegacyHostedMessaging(client, config.siteId, config.sipPeerId);
        switch (event.type) {
            case HOST_MESSAGING -> {
                List<String> importable = hosted.importable(event.telephoneNumbers);
                if (importable.isEmpty()) {
                    LOG.warning("nothing importable in " + event.customerOrderId);
                    return;
                }
                String orderId = hosted.importNumbers(event.customerOrderId, event.loaAuthorizingPerson, importable);
                LOG.info(() -> "reseller import " + orderId + " status " + safeStatus(hosted, orderId));
            }
            case RELEASE_MESSAGING -> hosted.release(event.customerOrderId, event.telephoneNumbers);
            default -> LOG.warning("ignoring " + event.type);
        }
    }

    private static String safeStatus(LegacyHostedMessaging hosted, String orderId) {
        try {
            return hosted.status(orderId);
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
