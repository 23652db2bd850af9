package net.kestrelridge.provisioning.handlers;

import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.events.OrderEvent;
import net.kestrelridge.provisioning.events.ProvisioningResult;

@Singleton
public class OrderEventDispatcher {

    private final NewNumberOrderHandler newNumbers;
    private final HostedMessagingHandler hostedMessaging;
    private final E911Handler e911;
    private final SmsToggleHandler smsToggle;

    @Inject
    public OrderEventDispatcher(NewNumberOrderHandler newNumbers, HostedMessagingHandler hostedMessaging,
                                E911Handler e911, SmsToggleHandler smsToggle) {
        this.newNumbers = newNumbers;
        this.hostedMessaging = hostedMessaging;
        this.e911 = e911;
        this.smsToggle = smsToggle;
    }

    public ProvisioningResult dispatch(OrderEvent event) {
        return switch (event.type()) {
            case NEW_NUMBERS -> newNumbers.orderExisting(event);
            case NEW_NUMBERS_BY_AREA_CODE -> newNumbers.orderByAreaCode(event);
            case HOSTED_MESSAGING_IMPORT -> hostedMessaging.importNumbers(event);
            case HOSTED_MESSAGING_REMOVE -> hostedMessaging.removeNumbers(event);
            case EXTERNAL_TNS_IMPORT -> hostedMessaging.importExternal(event);
            case E911_ADDRESS -> e911.registerAddress(event);
            case SMS_TOGGLE -> smsToggle.toggle(event);
        };
    }
}
