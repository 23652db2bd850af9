package net.tidewaterconnect.numbering.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TNss;
import org.springframework.stereotype.Component;

/** Monthly capacity sheet: free stock per NPA-NXX against what we already have in service. */
@Component
public class CapacityPlanner {

    private static final int TOLL_FREE_FLOOR = 800;

    private final IrisClient client;

    public CapacityPlanner(IrisClient client) {
        this.client = client;
    }

    public Map<Long, Integer> freeStockByAreaCode(String state) throws Exception {
        Map<Long, Integer> stock = new TreeMap<>();
        for (AvailableNpaNxx entry : AvailableNpaNxx.list(client, Map.of("state", state, "quantity", 10))) {
            long areaCode = Long.parseLong(entry.getNpa());
            stock.merge(areaCode, entry.getQuantity(), Integer::sum);
        }
        return stock;
    }

    public boolean isTollFreeOrder(OrderResponse response) {
        Integer areaCode = Integer.valueOf(response.getOrder().getAreaCodeSearchAndOrderType().getAreaCode());
        return areaCode >= TOLL_FREE_FLOOR && areaCode < 900;
    }

    public List<String> inServiceOfExchange(String npa, String nxx) throws Exception {
        TNss tns = InserviceNumber.list(client, Map.of("npaNxx", npa + nxx, "size", 1000));
        List<String> result = new ArrayList<>();
        for (String tn : tns.getTelephoneNumbers()) {
            if (tn.startsWith(npa + nxx, 0)) {
                result.add(tn.substring(6));
            }
        }
        return result;
    }
}
