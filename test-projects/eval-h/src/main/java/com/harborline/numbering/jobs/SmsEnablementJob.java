package com.harborline.numbering.jobs;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.harborline.numbering.dto.InventoryNumber;
import com.harborline.numbering.http.DashboardPaths;
import java.net.URI;
import java.util.List;

/**
 * Every 10 minutes: customers who ticked "text messaging" in the portal get SMS switched on for
 * their numbers. Classic accounts do it per number on the SIP peer; the accounts migrated to the
 * TN option flow (iris.sms.useTnOptions=true) send one TN option order per batch.
 */
public class SmsEnablementJob extends Job {

    private static final int BATCH = 100;

    private static final String SIPPEER_TN_SMS_ON = """
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <MessagingSettings>
                    <SmsEnabled>true</SmsEnabled>
                </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    public SmsEnablementJob() {
        super("smsEnablement");
    }

    @Override
    protected JobResult execute(JobContext context) throws Exception {
        List<InventoryNumber> pending = context.numbers().findByStatus("SMS_PENDING", BATCH);
        if (pending.isEmpty()) {
            return JobResult.ok(0);
        }
        if (Boolean.parseBoolean(context.props().get("iris.sms.useTnOptions", "false"))) {
            return viaTnOptionOrder(context, pending);
        }
        String siteId = context.props().defaultSiteId();
        String peerId = context.props().defaultSipPeerId();
        for (InventoryNumber n : pending) {
            String tn = String.valueOf(n.tn());
            String url = DashboardPaths.sipPeerTn(context.dashboard().apiRoot(), context.accountId(), siteId, peerId, tn);
            context.dashboard().put(URI.create(url), SIPPEER_TN_SMS_ON.formatted(tn));
        }
        return JobResult.ok(pending.size());
    }

    private JobResult viaTnOptionOrder(JobContext context, List<InventoryNumber> pending) throws Exception {
        IrisClient client = context.irisClients().production();
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(pending.stream().map(n -> String.valueOf(n.tn())).toList());
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("HL-SMS-" + context.clock().millis());
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(client, order);
        log.info("TN option order {} for {} numbers", response.getTnOptionOrder().getOrderId(), pending.size());
        return JobResult.ok(pending.size());
    }
}
