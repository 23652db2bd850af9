package net.harborlight.numops.sippeer;

import java.util.HashMap;
import java.util.Map;

import net.harborlight.numops.config.DashboardEndpoints;
import net.harborlight.numops.config.DashboardProperties;
import net.harborlight.numops.dashboard.DashboardRestGateway;
import net.harborlight.numops.dashboard.TemplateRenderer;
import org.springframework.stereotype.Component;

/**
 * Per-number settings on our SIP peer (location): call forwarding, caller-id rewriting and SMS.
 */
@Component
public class SipPeerTnUpdater {

    private final DashboardRestGateway gateway;
    private final TemplateRenderer templates;
    private final DashboardProperties props;

    public SipPeerTnUpdater(DashboardRestGateway gateway, TemplateRenderer templates, DashboardProperties props) {
        this.gateway = gateway;
        this.templates = templates;
        this.props = props;
    }

    /** Full update from the provisioning screen; {@code smsEnabled} null leaves SMS alone. */
    public String updateSettings(String tn, String callForward, String rpidFormat, Boolean smsEnabled) {
        Map<String, Object> model = new HashMap<>();
        model.put("tn", tn);
        model.put("callForward", callForward);
        model.put("rpidFormat", rpidFormat);
        if (smsEnabled != null) {
            model.put("smsEnabled", smsEnabled);
        }
        String body = templates.render("sippeer-tn.ftl", model);
        return gateway.put(DashboardEndpoints.SIPPEER_TN, body,
                props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn);
    }

    public String toggleSms(String tn, boolean enabled) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, enabled);
        return gateway.put(DashboardEndpoints.SIPPEER_TN, body,
                props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn);
    }

    public String forward(String tn, String forwardTo) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <CallForward>%s</CallForward>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        return gateway.put(DashboardEndpoints.SIPPEER_TN, body,
                props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn);
    }
}
