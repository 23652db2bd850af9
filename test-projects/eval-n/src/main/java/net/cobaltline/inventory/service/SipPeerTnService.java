package net.cobaltline.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.client.DashboardSipPeerClient;
import net.cobaltline.inventory.config.DashboardConfig;
import net.cobaltline.inventory.domain.InventoryRepository;
import net.cobaltline.inventory.model.dashboard.MessagingSettingsPayload;
import net.cobaltline.inventory.model.dashboard.SipPeerTnPayload;
import net.cobaltline.inventory.model.dashboard.TnOptionGroupPayload;
import net.cobaltline.inventory.model.dashboard.TnOptionOrderPayload;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Per-number settings on our SIP peer: call forwarding and SMS.
 */
@ApplicationScoped
public class SipPeerTnService {

    private static final Logger LOG = Logger.getLogger(SipPeerTnService.class);

    @Inject
    @RestClient
    DashboardSipPeerClient sipPeers;

    @Inject
    DashboardConfig config;

    @Inject
    InventoryRepository repository;

    public void enableSms(String tn, String campaignId) {
        SipPeerTnPayload payload = new SipPeerTnPayload();
        payload.setFullNumber(tn);
        payload.setMessagingSettings(MessagingSettingsPayload.enabled(campaignId));
        Response response = sipPeers.updateTn(config.accountId(), config.siteId(), config.sipPeerId(), tn, payload);
        check(response, tn);
        repository.findByTn(tn).ifPresent(r -> repository.save(r.withSms(true)));
    }

    public void disableSms(String tn) {
        SipPeerTnPayload payload = sipPeers.getTn(config.accountId(), config.siteId(), config.sipPeerId(), tn);
        payload.setMessagingSettings(MessagingSettingsPayload.disabled());
        check(sipPeers.updateTn(config.accountId(), config.siteId(), config.sipPeerId(), tn, payload), tn);
        repository.findByTn(tn).ifPresent(r -> repository.save(r.withSms(false)));
    }

    public void forwardCalls(String tn, String destination) {
        SipPeerTnPayload payload = new SipPeerTnPayload();
        payload.setFullNumber(tn);
        payload.setCallForward(destination);
        payload.setRpidFormat("e164");
        check(sipPeers.updateTn(config.accountId(), config.siteId(), config.sipPeerId(), tn, payload), tn);
    }

    /**
     * Bulk SMS switch through a TN option order, the way the Dashboard team asked us to do it for
     * large batches.
     */
    public String switchSmsInBulk(List<String> tns, boolean on) {
        TnOptionOrderPayload order = new TnOptionOrderPayload("SMS-" + (on ? "ON" : "OFF") + "-" + tns.size(),
                List.of(TnOptionGroupPayload.sms(on, tns)));
        Response response = sipPeers.createTnOptionOrder(config.accountId(), order);
        check(response, tns.size() + " numbers");
        return response.getLocation() == null ? null : response.getLocation().getPath();
    }

    private static void check(Response response, String what) {
        if (response.getStatus() >= 300) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            LOG.errorf("Dashboard rejected update of %s: HTTP %d %s", what, response.getStatus(), body);
            throw new IllegalStateException("Dashboard update failed for " + what);
        }
    }
}
