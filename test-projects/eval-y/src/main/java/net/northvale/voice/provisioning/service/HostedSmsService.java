package net.northvale.voice.provisioning.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.northvale.voice.provisioning.config.DashboardSettings;
import net.northvale.voice.provisioning.dashboard.ExternalTnsClient;
import net.northvale.voice.provisioning.dashboard.SipPeerTnClient;
import net.northvale.voice.provisioning.dashboard.xml.ExternalTnsOrderXml;
import net.northvale.voice.provisioning.sdk.IrisImportGateway;

import java.util.List;

import static com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.GetHistory;

/**
 * The "Text from your main number" add-on. Numbers we host for voice are imported for messaging;
 * numbers the business keeps elsewhere go through the external-TN flow.
 */
@ApplicationScoped
public class HostedSmsService {

    private IrisImportGateway imports;
    private ExternalTnsClient externalTns;
    private SipPeerTnClient sipPeerTns;
    private IrisClient client;
    private DashboardSettings settings;

    protected HostedSmsService() {
    }

    @Inject
    public HostedSmsService(IrisImportGateway imports, ExternalTnsClient externalTns, SipPeerTnClient sipPeerTns,
                            IrisClient client, DashboardSettings settings) {
        this.imports = imports;
        this.externalTns = externalTns;
        this.sipPeerTns = sipPeerTns;
        this.client = client;
        this.settings = settings;
    }

    public String enableForHostedLines(String customerOrderId, String businessName, List<String> tns) throws Exception {
        String orderId = imports.importForMessaging(customerOrderId, businessName, tns);
        // numbers on the core peer also need the per-number flag, otherwise inbound SMS is dropped
        for (String tn : tns) {
            sipPeerTns.enableSms(tn);
        }
        return orderId;
    }

    public String enableForExternalLines(String customerOrderId, List<String> tns) {
        ExternalTnsOrderXml order = new ExternalTnsOrderXml(customerOrderId, settings.siteId(), settings.sipPeerId(), tns);
        return externalTns.add(order);
    }

    public String disable(String customerOrderId, List<String> tns) throws Exception {
        for (String tn : tns) {
            sipPeerTns.setSms(tn, false);
        }
        return imports.removeFromMessaging(customerOrderId, tns);
    }

    public OrderHistoryWrapper removalHistory(String orderId) throws Exception {
        return GetHistory(client, orderId);
    }
}
