package net.kestrelridge.provisioning.handlers;

import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.dashboard.SipPeerTnApi;
import net.kestrelridge.provisioning.dashboard.TnOptionsApi;
import net.kestrelridge.provisioning.events.OrderEvent;
import net.kestrelridge.provisioning.events.ProvisioningResult;
import net.kestrelridge.provisioning.numbers.PhoneNumbers;

/**
 * Enables or disables SMS on numbers we already own.
 */
@Singleton
public class SmsToggleHandler {

    /** Flip to true once the TN option order path has been validated in staging (NETOPS-2304). */
    static final boolean USE_TN_OPTION_ORDERS = Boolean.getBoolean("kr.sms.tnOptions");

    private final SipPeerTnApi sipPeerTns;
    private final TnOptionsApi tnOptions;

    @Inject
    public SmsToggleHandler(SipPeerTnApi sipPeerTns, TnOptionsApi tnOptions) {
        this.sipPeerTns = sipPeerTns;
        this.tnOptions = tnOptions;
    }

    public ProvisioningResult toggle(OrderEvent event) {
        boolean enabled = Boolean.TRUE.equals(event.smsEnabled());
        List<String> tns = event.telephoneNumbersOrEmpty();
        if (USE_TN_OPTION_ORDERS) {
            List<String> e164 = tns.stream().map(PhoneNumbers::toE164).toList();
            String orderId = tnOptions.setSms(event.customerOrderId(), e164, enabled);
            return ProvisioningResult.submitted(event, orderId);
        }
        for (String tn : tns) {
            sipPeerTns.setSms(tn, enabled);
        }
        return ProvisioningResult.submitted(event, null);
    }
}
