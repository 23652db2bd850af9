package net.harbourline.numberdesk.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import net.harbourline.numberdesk.config.DashboardSettings;
import net.harbourline.numberdesk.dashboard.BasicAuthFilter;
import net.harbourline.numberdesk.dashboard.DashboardUris;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** SMS and call-forward settings of single numbers, used by the support console. */
@Stateless
public class SmsEnablementService {

    private static final String SIPPEER_TN_PATH = "/accounts/%s/sites/%s/sippeers/%s/tns/%s";

    @Inject
    DashboardSettings settings;

    @Inject
    IrisClient iris;

    public int toggleSms(String tn, boolean enabled) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <MessagingSettings>
                        <SmsEnabled>%s</SmsEnabled>
                    </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, enabled);
        String url = settings.baseUrl() + SIPPEER_TN_PATH.formatted(
                settings.accountId(), settings.siteId(), settings.sipPeerId(), tn);
        return put(url, body);
    }

    /** Bulk variant for the reseller batch: same payload, kept in a template. */
    public int toggleSmsFromTemplate(String tn, boolean enabled) {
        String body = template("/templates/sippeer-tn-messaging.xml")
                .replace("${tn}", tn)
                .replace("${smsEnabled}", Boolean.toString(enabled));
        String url = DashboardUris.sipPeerTn(settings.baseUrl(), settings.accountId(), settings.siteId(), settings.sipPeerId(), tn);
        return put(url, body);
    }

    public int setRpidFormat(String tn, String format) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <RPIDFormat>%s</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn, format);
        String url = settings.baseUrl() + SIPPEER_TN_PATH.formatted(
                settings.accountId(), settings.siteId(), settings.sipPeerId(), tn);
        return put(url, body);
    }

    /** The way the Dashboard team recommends: a TN option order. */
    public String smsViaTnOptions(String customerOrderId, List<String> tns, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(iris, order);
        return response.getTnOptionOrder().getOrderId();
    }

    public void forwardCalls(String tn, String target) throws Exception {
        SipPeer peer = SipPeer.get(iris, settings.siteId(), settings.sipPeerId());
        SipPeerTelephoneNumber settingsOfTn = peer.getTn(tn);
        settingsOfTn.setCallForward(target);
        peer.updateTn(settingsOfTn);
    }

    private int put(String url, String body) {
        Client client = ClientBuilder.newClient().register(new BasicAuthFilter(settings.username(), settings.password()));
        try (Response response = client.target(url).request().put(Entity.xml(body))) {
            return response.getStatus();
        } finally {
            client.close();
        }
    }

    private String template(String name) {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
