package net.cobaltline.numbers.handler;

import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.config.DashboardSettings;
import net.cobaltline.numbers.config.EnvConfig;
import net.cobaltline.numbers.dashboard.DashboardClient;
import net.cobaltline.numbers.dashboard.DashboardPaths;
import net.cobaltline.numbers.dashboard.SipPeerTnApi;
import net.cobaltline.numbers.dashboard.TnOptionsApi;

/**
 * Turns SMS on or off for a number. Messages: {"tn": "...", "enabled": true}, or
 * {"disableAll": [...]} from the fraud team's kill switch.
 */
public class MessagingToggleHandler implements RequestHandler<SQSEvent, Void> {

    private static final Logger log = LoggerFactory.getLogger(MessagingToggleHandler.class);

    record Toggle(String tn, boolean enabled, List<String> disableAll) {
    }

    private final DashboardClient client;
    private final SipPeerTnApi sipPeerTns;
    private final TnOptionsApi tnOptions;
    private final DashboardSettings settings;
    private final boolean viaTnOptions;

    public MessagingToggleHandler() {
        this(Services.dashboard(), Services.settings(), EnvConfig.useTnOptionsForSms());
    }

    MessagingToggleHandler(DashboardClient client, DashboardSettings settings, boolean viaTnOptions) {
        this.client = client;
        this.settings = settings;
        this.sipPeerTns = new SipPeerTnApi(client, settings.siteId(), settings.sipPeerId());
        this.tnOptions = new TnOptionsApi(client);
        this.viaTnOptions = viaTnOptions;
    }

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            try {
                Toggle t = Responses.JSON.readValue(m.getBody(), Toggle.class);
                if (t.disableAll() != null) {
                    disableAll(t.disableAll());
                } else if (viaTnOptions) {
                    tnOptions.setSms(List.of(t.tn()), t.enabled());
                } else {
                    sipPeerTns.setSms(t.tn(), t.enabled());
                }
            } catch (Exception e) {
                throw new IllegalStateException("toggle " + m.getMessageId() + " failed", e);
            }
        }
        return null;
    }

    void disableAll(List<String> tns) {
        if (viaTnOptions) {
            tnOptions.setSms(tns, false);
            return;
        }
        for (String tn : tns) {
            String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                    + "<MessagingSettings><SmsEnabled>false</SmsEnabled></MessagingSettings>"
                    + "</SipPeerTelephoneNumber>";
            client.put(client.accountUri(DashboardPaths.SITES + settings.siteId() + DashboardPaths.SIPPEERS
                    + settings.sipPeerId() + DashboardPaths.TNS + "/" + tn), body).requireSuccess();
            log.info("SMS disabled on {}", tn);
        }
    }
}
