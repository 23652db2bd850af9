package net.kestrelwave.integration.sippeer;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumbers;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import net.kestrelwave.integration.config.DashboardProperties;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

/**
 * Per-number features through the SDK: TN option orders (calling name, SMS for the campaign
 * tooling) and SIP peer number settings.
 */
@Service
public class NumberFeatureService {

    private final IrisClient client;
    private final RestTemplate dashboardRestTemplate;
    private final DashboardProperties dashboard;

    public NumberFeatureService(IrisClient client, RestTemplate dashboardRestTemplate, DashboardProperties dashboard) {
        this.client = client;
        this.dashboardRestTemplate = dashboardRestTemplate;
        this.dashboard = dashboard;
    }

    public TnOptionOrderResponse setSms(List<String> tns, boolean on, String ticket) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(ticket);
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    public TnOptionOrderResponse enableCallingNameOnSupportLines() throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setCallingNameDisplay("on");
        group.setTelephoneNumbers(List.of(
                "9195550120",
                "9195550121"));
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("KW-CNAM-SUPPORT");
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    public String disableSmsRaw(String tn, String ticket) {
        String body = """
                <TnOptionOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <TnOptionGroups>
                    <TnOptionGroup>
                      <Sms>off</Sms>
                      <TelephoneNumbers>
                        <TelephoneNumber>%s</TelephoneNumber>
                      </TelephoneNumbers>
                    </TnOptionGroup>
                  </TnOptionGroups>
                </TnOptionOrder>
                """.formatted(ticket, tn);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return dashboardRestTemplate.postForObject(dashboard.getBaseUrl() + "/accounts/{accountId}/tnoptions",
                new HttpEntity<>(body, headers), String.class, dashboard.getAccountId());
    }

    public void setRpidFormat(String tn, String format) throws Exception {
        SipPeer peer = SipPeer.get(client, dashboard.getSiteId(), dashboard.getSipPeerId());
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setrPIDFormat(format);
        number.setNumberFormat("10digit");
        peer.updateTn(number);
    }

    public String receptionForward() throws Exception {
        SipPeer peer = SipPeer.get(client, dashboard.getSiteId(), dashboard.getSipPeerId());
        return peer.getTn("9195550125").getCallForward();
    }

    public void moveLabNumbers(String targetPeerId) throws Exception {
        SipPeer target = SipPeer.get(client, dashboard.getSiteId(), targetPeerId);
        SipPeerTelephoneNumbers numbers = new SipPeerTelephoneNumbers();
        numbers.setFullNumbers(List.of("9195550126"));
        target.moveTns(numbers);
    }
}
