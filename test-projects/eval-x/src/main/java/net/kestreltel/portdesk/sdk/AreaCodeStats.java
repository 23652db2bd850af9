package net.kestreltel.portdesk.sdk;

import com.bandwidth.iris.sdk.model.AvailableNpaNxx;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Summarises exchange availability per area code for the capacity dashboard. */
public class AreaCodeStats {

    private final Map<Integer, Integer> availableByAreaCode = new TreeMap<>();

    public void add(List<AvailableNpaNxx> exchanges) {
        for (AvailableNpaNxx e : exchanges) {
            int areaCode = Integer.parseInt(e.getNpa());
            availableByAreaCode.merge(areaCode, e.getQuantity(), Integer::sum);
        }
    }

    public boolean isTollFree(String npa) {
        int code = Integer.parseInt(npa);
        return code == 800 || code == 833 || code == 844 || code == 855 || code == 866 || code == 877 || code == 888;
    }

    public long lowestAreaCode(List<AvailableNpaNxx> exchanges) {
        long lowest = Long.MAX_VALUE;
        for (AvailableNpaNxx e : exchanges) {
            long npa = Long.parseLong(e.getNpa());
            lowest = Math.min(lowest, npa);
        }
        return lowest;
    }

    public Map<Integer, Integer> snapshot() {
        return Map.copyOf(availableByAreaCode);
    }
}
