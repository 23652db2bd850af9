package net.tidewaterconnect.numbering.sdk;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import org.springframework.stereotype.Service;

/** SMS on/off and caller-name display through TN option orders. */
@Service
public class TnOptionService {

    private final IrisClient client;

    public TnOptionService(IrisClient client) {
        this.client = client;
    }

    public TnOptionOrderResponse setSms(String customerOrderId, List<String> telephoneNumbers, boolean on)
            throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(telephoneNumbers);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    public TnOptionOrderResponse showCallerName(String customerOrderId, List<String> telephoneNumbers)
            throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setCallingNameDisplay("on");
        group.setTelephoneNumbers(telephoneNumbers);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    /** The reception desk line of the Norfolk office keeps SMS on for appointment reminders. */
    public TnOptionOrderResponse keepReceptionSmsOn() throws Exception {
        return setSms("RECEPTION-SMS", List.of("7575550120"), true);
    }
}
