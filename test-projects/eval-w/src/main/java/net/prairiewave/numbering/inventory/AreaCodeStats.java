package net.prairiewave.numbering.inventory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of in-service numbers per area code, for the capacity dashboard. */
public final class AreaCodeStats {

    private AreaCodeStats() {
    }

    public static Map<Integer, Integer> countByAreaCode(List<String> dashboardTns) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String tn : dashboardTns) {
            int npa = Integer.parseInt(tn.substring(0, 3));
            counts.merge(npa, 1, Integer::sum);
        }
        return counts;
    }

    public static boolean isSouthDakota(int areaCode) {
        return areaCode == 605;
    }
}
