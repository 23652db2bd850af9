package net.cascadiatel.provisioning.numbers;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.store.RateDeck;

/** Which exchanges still have stock, joined with our own rate deck. */
@Singleton
public class NpaNxxLookupService {

    private final IrisClient client;
    private final RateDeck rateDeck;

    @Inject
    public NpaNxxLookupService(IrisClient client, RateDeck rateDeck) {
        this.client = client;
        this.rateDeck = rateDeck;
    }

    public List<String> exchangesWithStock(String areaCode, int minimumQuantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", minimumQuantity);

        List<String> result = new ArrayList<>();
        for (AvailableNpaNxx block : AvailableNpaNxx.list(client, query)) {
            int npa = Integer.parseInt(block.getNpa());
            if (rateDeck.isOnNet(npa, block.getNxx()) && block.getQuantity() >= minimumQuantity) {
                result.add(block.getNpa() + block.getNxx());
            }
        }
        return result;
    }

    public List<AvailableNpaNxx> exchangesInState(String state) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("state", state);
        return AvailableNpaNxx.list(client, query);
    }
}
