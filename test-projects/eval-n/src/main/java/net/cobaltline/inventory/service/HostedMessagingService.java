package net.cobaltline.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.client.DashboardImportClient;
import net.cobaltline.inventory.client.DashboardTargets;
import net.cobaltline.inventory.client.DashboardV2Client;
import net.cobaltline.inventory.config.DashboardConfig;
import net.cobaltline.inventory.config.DashboardPaths;
import net.cobaltline.inventory.domain.InventoryRecord;
import net.cobaltline.inventory.domain.InventoryRepository;
import net.cobaltline.inventory.domain.NumberStatus;
import net.cobaltline.inventory.model.dashboard.ExternalTnsOrderPayload;
import net.cobaltline.inventory.model.dashboard.ImportTnOrderPayload;
import net.cobaltline.inventory.model.dashboard.RemoveImportedTnOrderPayload;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import java.util.UUID;

/**
 * Hosted messaging: customers keep their voice carrier and text through us.
 */
@ApplicationScoped
public class HostedMessagingService {

    private static final Logger LOG = Logger.getLogger(HostedMessagingService.class);

    @Inject
    @RestClient
    DashboardImportClient importClient;

    @Inject
    @RestClient
    DashboardV2Client v2Client;

    @ConfigProperty(name = "dashboard.v2-pilot", defaultValue = "false")
    boolean v2Pilot;

    @Inject
    DashboardTargets targets;

    @Inject
    DashboardConfig config;

    @Inject
    InventoryRepository repository;

    public String importForMessaging(String customerId, List<String> tns, ImportTnOrderPayload.Subscriber subscriber,
                                     String loaSigner) {
        Response check = importClient.checkImportable(config.accountId(), numbersOnly(tns));
        if (check.getStatus() >= 400) {
            throw new IllegalStateException("importTnChecker rejected the numbers: HTTP " + check.getStatus());
        }

        ImportTnOrderPayload order = new ImportTnOrderPayload();
        order.setCustomerOrderId("HM-" + customerId + "-" + UUID.randomUUID().toString().substring(0, 8));
        order.setSiteId(config.siteId());
        order.setSipPeerId(config.sipPeerId());
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(loaSigner);
        order.setLoaType("CARRIER");
        order.setTelephoneNumbers(tns);

        Response response = v2Pilot
                ? v2Client.importForMessaging(config.accountId(), order)
                : importClient.createImportOrder(config.accountId(), order);
        String orderId = orderIdFrom(response.getLocation());
        LOG.infof("Import order %s submitted, POST /importTnOrders returned %d", orderId, response.getStatus());
        for (String tn : tns) {
            repository.save(new InventoryRecord(tn, customerId, NumberStatus.HOSTED_MESSAGING, true, null, orderId,
                    null));
        }
        return orderId;
    }

    public String importStatus(String orderId) {
        return importClient.getImportOrder(config.accountId(), orderId).getProcessingStatus();
    }

    public String importHistory(String orderId) {
        return importClient.importOrderHistory(config.accountId(), orderId).readEntity(String.class);
    }

    /** LOA documents attached to an import order, for the porting desk. */
    public String importLoas(String orderId) {
        String url = MessageFormat.format("{0}/accounts/{1}/importTnOrders/{2}/loas",
                config.baseUrl(), config.accountId(), orderId);
        return targets.target(url).request(MediaType.APPLICATION_XML).get(String.class);
    }

    public void stopMessaging(String customerId, List<String> tns) {
        RemoveImportedTnOrderPayload removal =
                new RemoveImportedTnOrderPayload("HMR-" + customerId + "-" + System.currentTimeMillis(), tns);
        Response response = targets.account()
                .path(DashboardPaths.REMOVE_IMPORTED_TN_ORDERS)
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(removal));
        if (response.getStatus() != 201) {
            throw new IllegalStateException("removal of hosted numbers failed: HTTP " + response.getStatus());
        }
        tns.forEach(repository::delete);
    }

    /**
     * Older customers were onboarded through the external TNs API; their numbers are still
     * re-synchronised through it when the customer changes SIP peer.
     */
    public void resyncExternal(String customerId, List<String> tns, String sipPeerId) {
        ExternalTnsOrderPayload order = new ExternalTnsOrderPayload("EXT-" + customerId, config.siteId(), sipPeerId,
                ExternalTnsOrderPayload.Action.IMPORT, tns);
        Response response = importClient.externalTns(config.accountId(), order);
        LOG.debugf("externalTns order for %s: HTTP %d", customerId, response.getStatus());
    }

    public Response externalOrder(String orderId) {
        return targets.account()
                .path(DashboardPaths.EXTERNAL_TNS)
                .path(orderId)
                .request(MediaType.APPLICATION_XML)
                .get();
    }

    private ImportTnOrderPayload numbersOnly(List<String> tns) {
        ImportTnOrderPayload payload = new ImportTnOrderPayload();
        payload.setTelephoneNumbers(tns);
        return payload;
    }

    private static String orderIdFrom(URI location) {
        if (location == null) {
            return null;
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
