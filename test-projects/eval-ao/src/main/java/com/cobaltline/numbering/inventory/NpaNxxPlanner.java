package com.cobaltline.numbering.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;

/**
 * Picks the exchanges with the most spare numbers when sales asks for a block of consecutive numbers.
 */
public class NpaNxxPlanner {

    public record Exchange(int npa, String nxx, String city, int available) {
    }

    private final IrisClient client;

    public NpaNxxPlanner(IrisClient client) {
        this.client = client;
    }

    public List<Exchange> bestExchanges(String areaCode, int minimumBlock) throws Exception {
        Map<String, Object> query = new HashMap<>(Map.of("areaCode", areaCode, "quantity", minimumBlock));
        List<Exchange> exchanges = new ArrayList<>();
        for (AvailableNpaNxx block : AvailableNpaNxx.list(client, query)) {
            int npa = Integer.parseInt(block.getNpa());
            exchanges.add(new Exchange(npa, block.getNxx(), block.getCity(), block.getQuantity()));
        }
        exchanges.sort(Comparator.comparingInt(Exchange::available).reversed());
        return exchanges;
    }

    /** True when the block belongs to an overlay of the customer's home area code. */
    public boolean isOverlay(AvailableNpaNxx block, int homeAreaCode) {
        return Integer.parseInt(block.getNpa()) != homeAreaCode;
    }

    public List<Exchange> inState(String state, int minimumBlock) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("state", state);
        query.put("quantity", minimumBlock);
        List<Exchange> exchanges = new ArrayList<>();
        for (AvailableNpaNxx block : AvailableNpaNxx.list(client, query)) {
            exchanges.add(new Exchange(0, block.getNxx(), block.getCity(), block.getQuantity()));
        }
        return exchanges;
    }
}
