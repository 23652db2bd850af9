package net.larkspurtel.provisioning.functions;

import com.google.cloud.functions.BackgroundFunction;
import com.google.cloud.functions.Context;
import java.util.logging.Logger;
import net.larkspurtel.billing.Subscription;
import net.larkspurtel.fraud.iris.IrisClient;
import net.larkspurtel.provisioning.events.ProvisioningEvent;
import net.larkspurtel.provisioning.events.PubSubMessage;
import net.larkspurtel.provisioning.model.OrderResponseXml;
import net.larkspurtel.provisioning.service.NumberOrderService;

/** Pub/Sub trigger on {@code number-provisioning}: places Dashboard orders for the portal. */
public class OrderNumbersFunction implements BackgroundFunction<PubSubMessage> {

    private static final Logger LOG = Logger.getLogger(OrderNumbersFunction.class.getName());
    private static final int FRAUD_BLOCK_SCORE = 80;

    private final IrisClient fraud = new IrisClient(
            ProvisioningModule.env("RISK_TENANT", "provisioning"),
            ProvisioningModule.env("RISK_USER", "svc-provisioning"),
            ProvisioningModule.env("RISK_API_KEY", ""));

    @Override
    public void accept(PubSubMessage message, Context context) throws Exception {
        ProvisioningEvent event = message.payload(ProvisioningEvent.class);
        LOG.info(() -> "event " + context.eventId() + " type " + event.type + " for " + event.customerId);

        Subscription plan = Subscription.create(event.customerId,
                Subscription.Plan.valueOf(message.attribute("plan") == null ? "BUSINESS" : message.attribute("plan")));
        int requested = event.type == ProvisioningEvent.Type.ORDER_EXISTING ? event.telephoneNumbers.size() : event.quantity;
        if (!plan.allows(Integer.parseInt(message.attribute("assigned") == null ? "0" : message.attribute("assigned")), requested)) {
            LOG.warning("plan allowance exceeded for " + event.customerId);
            return;
        }
        if (requested > 20 && fraud.score(event.customerId, "bulk-order", requested) >= FRAUD_BLOCK_SCORE) {
            LOG.warning("bulk order blocked by risk scoring for " + event.customerId);
            return;
        }

        NumberOrderService orders = ProvisioningModule.get().numberOrders();
        OrderResponseXml response = switch (event.type) {
            case ORDER_BY_AREA_CODE -> orders.orderByAreaCode(event.customerId, String.valueOf(event.areaCode),
                    event.quantity);
            case ORDER_EXISTING -> orders.orderExisting(event.customerId, event.telephoneNumbers);
            default -> null;
        };
        if (response != null) {
            LOG.info("order " + response.order.id + " submitted, status " + response.orderStatus);
        }
    }
}
