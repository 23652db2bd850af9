package net.lakeshoretel.numbering.enrich;

import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.events.ActivationEvent;
import net.lakeshoretel.numbering.events.EnrichedActivation;
import okhttp3.HttpUrl;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.async.ResultFuture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Puts the number of a new line or a completed port-in on our SIP peer, with its call forward
 * and its SMS setting.
 */
public class ActivationProvisioningFunction extends DashboardAsyncFunction<EnrichedActivation, EnrichedActivation> {

    private static final long serialVersionUID = 1L;
    private static final String SIPPEER_TN_PATH = "/accounts/%s/sites/%s/sippeers/%s/tns/%s";
    private static final String PORT_IN_TEMPLATE = "/templates/sippeer-tn-sms.xml";

    private transient String portInTemplate;

    public ActivationProvisioningFunction(JobSettings settings, DashboardTransport.Factory transportFactory) {
        super(settings, transportFactory);
    }

    @Override
    public void open(Configuration parameters) throws Exception {
        super.open(parameters);
        try (InputStream in = getClass().getResourceAsStream(PORT_IN_TEMPLATE)) {
            if (in == null) {
                throw new IOException("missing " + PORT_IN_TEMPLATE);
            }
            portInTemplate = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void asyncInvoke(EnrichedActivation activation, ResultFuture<EnrichedActivation> resultFuture) {
        ActivationEvent event = activation.getEvent();
        String payload;
        HttpUrl url;
        switch (event.getKind()) {
            case NEW_LINE -> {
                url = HttpUrl.get(settings.dashboardBaseUrl() + String.format(SIPPEER_TN_PATH,
                        settings.accountId(), settings.siteId(), settings.sipPeerId(), event.getTn()));
                payload = newLinePayload(event);
            }
            case PORT_IN_COMPLETE -> {
                url = urls.sipPeerTn(settings.siteId(), settings.sipPeerId(), event.getTn());
                payload = portInTemplate
                        .replace("{{tn}}", event.getTn())
                        .replace("{{sms}}", Boolean.toString(event.isSmsEnabled()));
            }
            default -> {
                resultFuture.complete(List.of(activation));
                return;
            }
        }
        transport.execute(put(url, payload)).whenComplete((reply, error) -> {
            if (error != null) {
                resultFuture.completeExceptionally(error);
            } else if (!reply.isSuccessful()) {
                resultFuture.complete(List.of(EnrichedActivation.failed(event, "sippeer tn HTTP " + reply.status())));
            } else {
                resultFuture.complete(List.of(activation));
            }
        });
    }

    static String newLinePayload(ActivationEvent event) {
        String forward = event.getCallForward() == null ? "" : event.getCallForward();
        return """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <CallForward>%s</CallForward>
                    <RPIDFormat>e164</RPIDFormat>
                    <MessagingSettings>
                        <SmsEnabled>%s</SmsEnabled>
                    </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(event.getTn(), forward, event.isSmsEnabled());
    }
}
