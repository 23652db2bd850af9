package net.cascadiatel.provisioning.numbers;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.store.TnInventoryStore;

/** Returns numbers to the Dashboard when a customer leaves or a trial ends. */
@Singleton
public class DisconnectService {

    /** Trial pool numbers handed out by sales; recycled at the end of each quarter. */
    private static final long[] TRIAL_POOL = {
            5415550170L,
            5415550171L,
    };

    private final IrisClient client;
    private final TnInventoryStore store;

    @Inject
    public DisconnectService(IrisClient client, TnInventoryStore store) {
        this.client = client;
        this.store = store;
    }

    public DisconnectTelephoneNumberOrderResponse disconnect(List<String> tns, String reason) throws Exception {
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(new ArrayList<>(tns));
        type.setDisconnectMode("normal");

        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("disconnect: " + reason);
        order.setCustomerOrderid("CT-DISC-" + System.currentTimeMillis());
        order.setDisconnectTelephoneNumberOrderType(type);
        DisconnectTelephoneNumberOrderResponse response = DisconnectTelephoneNumberOrder.create(client, order);
        tns.forEach(store::release);
        return response;
    }

    public DisconnectTelephoneNumberOrderResponse recycleTrialPool() throws Exception {
        List<String> tns = new ArrayList<>();
        for (long tn : TRIAL_POOL) {
            tns.add(Long.toString(tn));
        }
        tns.add("19715550177");
        return disconnect(tns, "quarterly trial recycle");
    }
}
