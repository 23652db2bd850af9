package net.kestreltel.portdesk.hosted;

import com.google.inject.Inject;
import net.kestreltel.portdesk.audit.ImportTnOrder;
import net.kestreltel.portdesk.config.DashboardSettings;
import net.kestreltel.portdesk.dashboard.ImportTnApi;
import net.kestreltel.portdesk.dashboard.model.ImportTnOrderXml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Feign based variant used by the reseller portal (carries the LOA type, which the SDK lacks). */
public class HostedMessagingOnboarding {

    private final ImportTnApi api;
    private final DashboardSettings settings;
    private final List<ImportTnOrder> auditTrail = Collections.synchronizedList(new ArrayList<>());

    @Inject
    public HostedMessagingOnboarding(ImportTnApi api, DashboardSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    public String onboard(String customerOrderId, List<String> tns, String loaPerson) {
        ImportTnOrderXml order = new ImportTnOrderXml();
        order.customerOrderId = customerOrderId;
        order.siteId = settings.siteId();
        order.sipPeerId = settings.sipPeerId();
        order.loaAuthorizingPerson = loaPerson;
        order.loaType = "CARRIER";
        order.telephoneNumbers.addAll(tns);
        String orderId = api.create(settings.accountId(), order).orderId;
        auditTrail.add(ImportTnOrder.Create(orderId, loaPerson, tns));
        return orderId;
    }

    public List<ImportTnOrderXml.History.Entry> history(String orderId) {
        return api.history(settings.accountId(), orderId).entries;
    }

    public void offboard(String customerOrderId, List<String> tns) {
        ImportTnOrderXml.Removal order = new ImportTnOrderXml.Removal();
        order.customerOrderId = customerOrderId;
        order.telephoneNumbers.addAll(tns);
        api.remove(settings.accountId(), order);
    }

    public List<ImportTnOrder> drainAudit() {
        synchronized (auditTrail) {
            List<ImportTnOrder> copy = List.copyOf(auditTrail);
            auditTrail.clear();
            return copy;
        }
    }
}
