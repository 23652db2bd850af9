package net.larkspurtel.provisioning.functions;

import com.google.api.client.http.HttpRequestFactory;
import com.google.cloud.functions.BackgroundFunction;
import com.google.cloud.functions.Context;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.config.RuntimeConfig;
import net.larkspurtel.provisioning.events.PubSubMessage;
import net.larkspurtel.provisioning.thirdparty.BandwidthOAuth;
import net.larkspurtel.provisioning.thirdparty.MessagingApiClient;
import net.larkspurtel.provisioning.thirdparty.VoiceApiClient;
import net.larkspurtel.provisioning.util.PhoneNumbers;

/**
 * Pub/Sub trigger on {@code dashboard-notifications}: tells the customer by SMS that their new
 * numbers are live, and rings the first one so they hear it works.
 */
public class NotifyCustomerFunction implements BackgroundFunction<PubSubMessage> {

    /** What the callback pipeline republishes on {@code dashboard-notifications}. */
    static class CallbackEnvelope {
        String orderId;
        String orderType;
        String status;
        String[] telephoneNumbers;
        long receivedAt;
    }

    private static final Logger LOG = Logger.getLogger(NotifyCustomerFunction.class.getName());
    private static final String FOOTER = "Questions? Call " + PhoneNumbers.pretty(PhoneNumbers.SUPPORT_LINE);

    @Override
    public void accept(PubSubMessage message, Context context) throws Exception {
        CallbackEnvelope envelope = message.payload(CallbackEnvelope.class);
        String contact = message.attribute("contactNumber");
        if (contact == null || envelope.telephoneNumbers == null || envelope.telephoneNumbers.length == 0) {
            return;
        }
        ProvisioningModule module = ProvisioningModule.get();
        RuntimeConfig.Messaging cfg = module.runtimeConfig().messaging;
        HttpRequestFactory factory = module.transport().createRequestFactory();
        BandwidthOAuth oauth = new BandwidthOAuth(factory, System.getenv("BW_CLIENT_ID"),
                System.getenv("BW_CLIENT_SECRET"), Clock.systemUTC());
        String accountId = module.settings().accountId();

        MessagingApiClient messaging = new MessagingApiClient(factory, oauth, cfg.baseUrl, accountId, cfg.applicationId);
        messaging.send(cfg.from, List.of(contact),
                "Your numbers are live: " + String.join(", ", envelope.telephoneNumbers) + ". " + FOOTER);

        PhoneNumbers.toE164(envelope.telephoneNumbers[0]).ifPresent(first -> {
            try {
                new VoiceApiClient(factory, oauth, accountId, System.getenv("VOICE_APP_ID"))
                        .call(cfg.from, first, "https://provisioning.larkspurtel.net/api/voice/welcome");
            } catch (Exception e) {
                LOG.warning("welcome call to " + first + " failed: " + e.getMessage());
            }
        });
    }
}
