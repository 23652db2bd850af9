package net.harbourline.numberdesk.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.harbourline.numberdesk.config.DashboardSettings;
import net.harbourline.numberdesk.model.E911AddressBody;
import net.harbourline.numberdesk.model.ExternalTnsOrderBody;
import net.harbourline.numberdesk.model.SipPeerTnBody;

import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Thin JAX-RS client for the Dashboard resources the Iris SDK does not cover well
 * (E911 addresses, external TNs, location settings of single numbers).
 */
@ApplicationScoped
public class DashboardRestClient {

    private static final Logger LOG = Logger.getLogger(DashboardRestClient.class.getName());

    @Inject
    DashboardSettings settings;

    private Client client;
    private WebTarget account;

    @PostConstruct
    void init() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS)
                .register(new BasicAuthFilter(settings.username(), settings.password()))
                .build();
        account = client.target(settings.baseUrl())
                .path("accounts/{accountId}")
                .resolveTemplate("accountId", settings.accountId());
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    public String listE911Addresses() {
        return account.path("addresses")
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String getE911Address(String addressId) {
        return account.path("addresses/{addressId}")
                .resolveTemplate("addressId", addressId)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public Response createE911Address(E911AddressBody body) {
        LOG.fine(() -> "Creating E911 address via https://dashboard.bandwidth.com/api/accounts/" + settings.accountId() + "/addresses");
        return account.path("addresses")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(body));
    }

    public String searchAvailableNumbers(String areaCode, int quantity) {
        return account.path("availableNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String searchAvailableNumbers(String countryCodeA3, String areaCode, int quantity) {
        return account.path("availableNumbers")
                .queryParam("countryCodeA3", countryCodeA3)
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String inserviceNumbers(String npa, int page) {
        return account.path("inserviceNumbers")
                .queryParam("areacode", npa)
                .queryParam("page", page)
                .queryParam("size", 1000)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String availableNpaNxx(String areaCode) {
        return account.path("availableNpaNxx")
                .queryParam("areaCode", areaCode)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public Response submitOrder(String orderXml) {
        return account.path("orders")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(orderXml));
    }

    public Response submitExternalTns(ExternalTnsOrderBody body) {
        return account.path("externalTns")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(body));
    }

    public Response removeImportedTns(String removeOrderXml) {
        return account.path("removeImportedTnOrders")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(removeOrderXml));
    }

    /** Turns SMS on or off for one number on our default location. */
    public Response setMessaging(String tn, boolean enabled) {
        SipPeerTnBody body = new SipPeerTnBody();
        body.setFullNumber(tn);
        body.setMessagingSettings(new SipPeerTnBody.MessagingSettings(enabled));
        return account.path("sites/{siteId}/sippeers/{peerId}/tns/{tn}")
                .resolveTemplate("siteId", settings.siteId())
                .resolveTemplate("peerId", settings.sipPeerId())
                .resolveTemplate("tn", tn)
                .request(MediaType.APPLICATION_XML)
                .put(Entity.xml(body));
    }

    /** Sets or clears the call-forward target of one number. */
    public Response updateCallForward(String tn, String forwardTo) {
        SipPeerTnBody body = new SipPeerTnBody();
        body.setFullNumber(tn);
        body.setCallForward(forwardTo);
        return account.path("sites/{siteId}/sippeers/{peerId}/tns/{tn}")
                .resolveTemplate("siteId", settings.siteId())
                .resolveTemplate("peerId", settings.sipPeerId())
                .resolveTemplate("tn", tn)
                .request(MediaType.APPLICATION_XML)
                .put(Entity.xml(body));
    }

    public String e911AddressesAlreadyMigrated(String v2Base) {
        return client.target(v2Base)
                .path("accounts/{accountId}/e911Addresses")
                .resolveTemplate("accountId", settings.accountId())
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }
}
