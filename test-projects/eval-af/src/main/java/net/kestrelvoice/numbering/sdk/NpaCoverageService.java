package net.kestrelvoice.numbering.sdk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;

import net.kestrelvoice.numbering.inventory.MarketAreaCodes;

/**
 * Coverage view for the sales team: how many numbers are free per NPA in a state, and
 * whether an NPA belongs to one of our markets.
 */
public class NpaCoverageService {

    private final IrisClient client;
    private final MarketAreaCodes markets;

    public NpaCoverageService(IrisClient client, MarketAreaCodes markets) {
        this.client = client;
        this.markets = markets;
    }

    /** Free numbers per area code for one state, e.g. {@code NC}. */
    public Map<Integer, Integer> freeByAreaCode(String state) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("state", state);
        List<AvailableNpaNxx> blocks = AvailableNpaNxx.list(client, query);
        Map<Integer, Integer> free = new TreeMap<>();
        for (AvailableNpaNxx block : blocks) {
            int areaCode = Integer.parseInt(block.getNpa());
            free.merge(areaCode, block.getQuantity(), Integer::sum);
        }
        return free;
    }

    /** Exchanges still open in one area code. */
    public List<AvailableNpaNxx> exchanges(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        return AvailableNpaNxx.list(client, query);
    }

    public boolean isHomeMarket(AvailableNpaNxx block) {
        return markets.contains(Integer.valueOf(block.getNpa()));
    }

    /** 919 is sold out and 984 is the overlay; steer customers to the overlay. */
    public String suggestOverlay(AvailableNpaNxx block) {
        if (Integer.parseInt(block.getNpa()) == 919 && block.getQuantity() == 0) {
            return "984";
        }
        return block.getNpa();
    }
}
