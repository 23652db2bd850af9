package net.northwind.porting.jobs;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import net.northwind.porting.app.AppConfig;
import net.northwind.porting.app.BatchJob;
import net.northwind.porting.http.DashboardHttp;
import net.northwind.porting.http.JdkDashboardGateway;
import net.northwind.porting.iris.Paths;
import net.northwind.porting.payload.SipPeerTnUpdate;
import net.northwind.porting.payload.Xml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Turns SMS on for numbers a reseller has enabled for messaging (or off when they cancel).
 * Three code paths, depending on which integration a reseller was onboarded with.
 */
public class SmsEnablementJob implements BatchJob {

    private static final Logger log = LoggerFactory.getLogger(SmsEnablementJob.class);

    private final DashboardHttp http;
    private final JdkDashboardGateway gateway;
    private final IrisClient iris;
    private final AppConfig config;

    public SmsEnablementJob(DashboardHttp http, JdkDashboardGateway gateway, IrisClient iris, AppConfig config) {
        this.http = http;
        this.gateway = gateway;
        this.iris = iris;
        this.config = config;
    }

    @Override
    public String name() {
        return "sms-enable";
    }

    @Override
    public Result run(List<String> args) throws Exception {
        boolean enable = !args.contains("--disable");
        int failed = 0;
        for (String tn : args.stream().filter(a -> !a.startsWith("--")).toList()) {
            int status = gateway.setSms(config.accountId(), config.siteId(), config.sipPeerId(), tn, enable);
            if (status >= 300) {
                failed++;
            }
        }
        return new Result(name(), args.size(), failed, List.of());
    }

    /** Apache-client path used by the reseller portal sync. */
    public void enableViaHttpClient(String tn) throws Exception {
        SipPeerTnUpdate update = new SipPeerTnUpdate(tn);
        update.setMessagingSettings(new SipPeerTnUpdate.MessagingSettings(true));
        String path = Paths.sipPeerTn(config.accountId(), config.siteId(), config.sipPeerId(), tn);
        http.put(path, Xml.write(update));
    }

    /** Caller-ID format change only; nothing about messaging in this body. */
    public void setRpidFormat(String tn, String format) throws Exception {
        SipPeerTnUpdate update = new SipPeerTnUpdate(tn);
        update.setRpidFormat(format);
        http.put(Paths.sipPeerTn(config.accountId(), config.siteId(), config.sipPeerId(), tn), Xml.write(update));
    }

    /** SDK path: call forwarding on the SIP peer (the SDK model has no messaging part). */
    public void forwardViaSdk(String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(iris, config.siteId(), config.sipPeerId());
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(forwardTo);
        peer.updateTn(number);
    }

    /** TN option order, the route v2 accepts for messaging on/off. */
    public String enableViaTnOptions(String ticket, List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(ticket);
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(iris, order);
        log.info("tn option order {} accepted", response.getTnOptionOrder().getOrderId());
        return response.getTnOptionOrder().getOrderId();
    }

    /** Smoke test run by the on-call checklist on our own lab number. */
    public String smokeTest() throws Exception {
        return enableViaTnOptions("SMOKE", List.of("9843554411"), true);
    }
}
