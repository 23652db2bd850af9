package net.cascadiatel.provisioning.sippeer;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;
import net.cascadiatel.provisioning.iris.Xml;

/** Number-level settings on our SIP peer (location). */
@Singleton
public class SipPeerTnService {

    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;
    private final IrisSettings settings;
    private final IrisClient client;

    @Inject
    public SipPeerTnService(DashboardWsClient dashboard, DashboardPaths paths, IrisSettings settings,
                            IrisClient client) {
        this.dashboard = dashboard;
        this.paths = paths;
        this.settings = settings;
        this.client = client;
    }

    /** Turns SMS on for a number that is already on the peer. */
    public CompletionStage<String> enableSms(String tn) {
        String url = paths.sipPeerTn(settings.siteId(), settings.sipPeerId(), tn);
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>true</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn);
        return dashboard.checked(dashboard.putXml(url, body));
    }

    public CompletionStage<String> setMessaging(String tn, boolean enabled) {
        SipPeerTnXml payload = new SipPeerTnXml();
        payload.setFullNumber(tn);
        payload.setMessagingSettings(new SipPeerTnXml.MessagingSettings(enabled));
        return dashboard.checked(dashboard.putXml(paths.sipPeerTn(settings.siteId(), settings.sipPeerId(), tn), Xml.write(payload)));
    }

    /** Adds numbers to the peer with SMS on, in one request. */
    public CompletionStage<String> addWithSms(List<String> tns) {
        String numbers = tns.stream()
                .map(tn -> "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                        + "<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings></SipPeerTelephoneNumber>")
                .collect(Collectors.joining());
        String body = "<SipPeerTelephoneNumbers>" + numbers + "</SipPeerTelephoneNumbers>";
        return dashboard.checked(dashboard.postXml(paths.sipPeerTns(settings.siteId(), settings.sipPeerId()), body));
    }

    /** Moves a number to another peer of the same site, keeping its SMS state. */
    public CompletionStage<String> moveToPeer(String tn, String targetPeerId, boolean smsEnabled) {
        String body = String.format("<SipPeerTelephoneNumbers><SipPeerTelephoneNumber><FullNumber>%s</FullNumber>"
                + "<MessagingSettings><SmsEnabled>%s</SmsEnabled></MessagingSettings>"
                + "</SipPeerTelephoneNumber></SipPeerTelephoneNumbers>", tn, smsEnabled);
        return dashboard.checked(dashboard.postXml(paths.sipPeerTns(settings.siteId(), targetPeerId), body));
    }

    public CompletionStage<String> forwardTo(String tn, String destination) {
        SipPeerTnXml payload = new SipPeerTnXml();
        payload.setFullNumber(tn);
        payload.setCallForward(destination);
        return dashboard.checked(dashboard.putXml(paths.sipPeerTn(settings.siteId(), settings.sipPeerId(), tn), Xml.write(payload)));
    }

    public CompletionStage<String> showCallerName(String tn) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <CallingNameDisplay>true</CallingNameDisplay>
                  <RPIDFormat>e164</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn);
        return dashboard.checked(dashboard.putXml(paths.sipPeerTn(settings.siteId(), settings.sipPeerId(), tn), body));
    }

    /** SDK path, used by the batch tool. */
    public void rewriteUser(String tn, String user) throws Exception {
        SipPeer peer = SipPeer.get(client, settings.siteId(), settings.sipPeerId());
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setRewriteUser(user);
        peer.updateTn(number);
    }
}
