package net.kestrelridge.provisioning.handlers;

import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.dashboard.DashboardException;
import net.kestrelridge.provisioning.dashboard.ExternalTnsApi;
import net.kestrelridge.provisioning.dashboard.HostedMessagingApi;
import net.kestrelridge.provisioning.events.OrderEvent;
import net.kestrelridge.provisioning.events.ProvisioningResult;
import net.kestrelridge.provisioning.legacy.IrisSdkAdapter;
import net.kestrelridge.provisioning.ticketing.IrisClient;

@Singleton
public class HostedMessagingHandler {

    private final HostedMessagingApi hostedMessaging;
    private final ExternalTnsApi externalTns;
    private final IrisSdkAdapter legacy;
    private final IrisClient tickets;

    @Inject
    public HostedMessagingHandler(HostedMessagingApi hostedMessaging, ExternalTnsApi externalTns,
                                  IrisSdkAdapter legacy, IrisClient tickets) {
        this.hostedMessaging = hostedMessaging;
        this.externalTns = externalTns;
        this.legacy = legacy;
        this.tickets = tickets;
    }

    public ProvisioningResult importNumbers(OrderEvent event) {
        List<String> tns = event.telephoneNumbersOrEmpty();
        if (event.serviceAddress() != null) {
            // subscriber LOAs still go through the porting team's SDK adapter
            return ProvisioningResult.submitted(event, legacy.importWithSubscriber(event));
        }
        try {
            return ProvisioningResult.submitted(event,
                    hostedMessaging.importNumbers(event.customerOrderId(), event.loaAuthorizingPerson(), tns));
        } catch (DashboardException e) {
            String ticket = tickets.openTicket("hosted messaging import rejected for " + event.customerOrderId(),
                    e.getMessage() + "\n" + e.responseBody());
            return ProvisioningResult.rejected(event, e.description() + " (" + ticket + ")");
        }
    }

    public ProvisioningResult removeNumbers(OrderEvent event) {
        String orderId = hostedMessaging.removeNumbers(event.customerOrderId(), event.telephoneNumbersOrEmpty());
        return ProvisioningResult.submitted(event, orderId);
    }

    public ProvisioningResult importExternal(OrderEvent event) {
        externalTns.importExternal(event.customerOrderId(), event.telephoneNumbersOrEmpty());
        return ProvisioningResult.submitted(event, null);
    }
}
