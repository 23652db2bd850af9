package net.tidewatertel.numbering.hosted;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import java.util.Map;
import java.util.UUID;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import net.tidewatertel.numbering.dashboard.XmlTemplates;
import net.tidewatertel.numbering.dashboard.model.SipPeerTnSettings;

/**
 * Turns SMS on and off for numbers on our SIP peer, and edits the other per-number settings
 * of the peer (call forwarding).
 */
@Singleton
public class SmsEnablementService {

  private final DashboardHttp dashboard;
  private final XmlMapper xml;
  private final String siteId;
  private final String sipPeerId;

  @Inject
  public SmsEnablementService(DashboardHttp dashboard,
                              XmlMapper xml,
                              @Named("dashboard.site-id") String siteId,
                              @Named("dashboard.sip-peer-id") String sipPeerId) {
    this.dashboard = dashboard;
    this.xml = xml;
    this.siteId = siteId;
    this.sipPeerId = sipPeerId;
  }

  public Future<Void> enableSms(String tn) {
    String body = """
        <SipPeerTelephoneNumber>
            <FullNumber>%s</FullNumber>
            <MessagingSettings>
                <SmsEnabled>true</SmsEnabled>
            </MessagingSettings>
        </SipPeerTelephoneNumber>
        """.formatted(tn);
    return dashboard.putXml(DashboardPaths.sipPeerTn(siteId, sipPeerId, tn), body).mapEmpty();
  }

  public Future<Void> setSms(String tn, boolean enabled) {
    String body = XmlTemplates.render("templates/sippeer-tn-sms.xml", Map.of("tn", tn, "smsEnabled", enabled));
    return dashboard.putXml(DashboardPaths.sipPeerTn(siteId, sipPeerId, tn), body).mapEmpty();
  }

  public Future<Void> disableSms(String tn) {
    SipPeerTnSettings settings = new SipPeerTnSettings();
    settings.setFullNumber(tn);
    settings.setMessagingSettings(new SipPeerTnSettings.MessagingSettings(false));
    return dashboard.putXml(DashboardPaths.sipPeerTn(siteId, sipPeerId, tn), write(settings)).mapEmpty();
  }

  public Future<Void> forwardCalls(String tn, String forwardTo) {
    SipPeerTnSettings settings = new SipPeerTnSettings();
    settings.setFullNumber(tn);
    settings.setCallForward(forwardTo);
    settings.setNumberFormat("10digit");
    return dashboard.putXml(DashboardPaths.sipPeerTn(siteId, sipPeerId, tn), write(settings)).mapEmpty();
  }

  /** TN option order: what the Dashboard team recommends for messaging on/off. */
  public Future<String> setSmsByTnOption(String tn, boolean enabled) {
    String body = XmlTemplates.render("templates/tn-option-sms.xml", Map.of(
        "customerOrderId", "sms-" + UUID.randomUUID(),
        "sms", enabled ? "on" : "off",
        "tn", tn));
    return dashboard.postXml(DashboardPaths.TN_OPTIONS, body);
  }

  private String write(SipPeerTnSettings settings) {
    try {
      return xml.writeValueAsString(settings);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
