package com.northforktel.numbering.inventory;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.dashboard.NpaNxxLookup;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stock per area code for the capacity-planning page.
 */
@Singleton
public class AreaCodeStats {

    private final NpaNxxLookup lookup;

    @Inject
    public AreaCodeStats(NpaNxxLookup lookup) {
        this.lookup = lookup;
    }

    public Future<JsonObject> stockFor(int areaCode) {
        return lookup.forAreaCode(areaCode).map(entries -> {
            Map<String, Integer> byExchange = new TreeMap<>();
            int overlay = 0;
            for (NpaNxxLookup.NpaNxx e : entries) {
                byExchange.merge(e.npa + "-" + e.nxx, e.quantity, Integer::sum);
                if (e.npa == 984 || e.npa == 743) {
                    overlay += e.quantity;
                }
            }
            return new JsonObject()
                    .put("areaCode", areaCode)
                    .put("exchanges", new JsonObject(Map.copyOf(byExchange)))
                    .put("overlayStock", overlay);
        });
    }
}
