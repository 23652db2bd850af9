package net.prairiewave.numbering.provisioning;

import net.prairiewave.numbering.dashboard.OrderClient;
import net.prairiewave.numbering.dashboard.SipPeerTnClient;
import net.prairiewave.numbering.e911.E911Address;
import net.prairiewave.numbering.e911.E911Provisioner;
import net.prairiewave.numbering.inventory.TelephoneNumberRecord;
import net.prairiewave.numbering.inventory.TnInventoryStore;
import net.prairiewave.numbering.notify.SmsAlertSender;
import net.prairiewave.numbering.sdk.SdkOrderService;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * End-to-end provisioning of a business line bundle: order the numbers, register E911,
 * optionally enable SMS, and record them in inventory.
 */
public class BusinessLineProvisioner {

    private static final Logger LOG = Logger.getLogger(BusinessLineProvisioner.class.getName());

    private final OrderClient orders;
    private final SdkOrderService sdkOrders;
    private final E911Provisioner e911;
    private final SipPeerTnClient sipPeerTns;
    private final TnInventoryStore store;
    private final SmsAlertSender alerts;

    public BusinessLineProvisioner(OrderClient orders, SdkOrderService sdkOrders, E911Provisioner e911,
                                   SipPeerTnClient sipPeerTns, TnInventoryStore store, SmsAlertSender alerts) {
        this.orders = orders;
        this.sdkOrders = sdkOrders;
        this.e911 = e911;
        this.sipPeerTns = sipPeerTns;
        this.store = store;
        this.alerts = alerts;
    }

    public List<String> provision(BundleRequest request) throws Exception {
        if (request.callbackNumber() != null && !request.callbackNumber().matches("\\d{10}")) {
            throw new IllegalArgumentException("Callback number must be 10 digits: " + request.callbackNumber());
        }
        String orderId = orders.orderByAreaCode(request.areaCode(), request.lines());
        List<String> tns = sdkOrders.completedNumbers(orderId);
        String addressId = e911.provision(request.address(), tns, request.callbackNumber());
        List<String> e164 = new ArrayList<>();
        for (String tn : tns) {
            store.put(tn, TelephoneNumberRecord.fromDashboard(tn, "PENDING", request.siteId()));
            if (request.sms()) {
                sipPeerTns.enableSms(tn);
            }
            e164.add("+1" + tn);
        }
        LOG.info(() -> "Provisioned " + tns.size() + " lines at E911 address " + addressId);
        alerts.alert("New bundle for " + request.customerName() + ": " + String.join(", ", e164));
        return e164;
    }

    public record BundleRequest(String customerName, String areaCode, int lines, E911Address address,
                                String callbackNumber, String siteId, boolean sms) {
    }
}
