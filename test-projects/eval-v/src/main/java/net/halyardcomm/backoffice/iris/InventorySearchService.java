package net.halyardcomm.backoffice.iris;

import static net.halyardcomm.backoffice.iris.SearchKeys.AREA_CODE;
import static net.halyardcomm.backoffice.iris.SearchKeys.COUNTRY;
import static net.halyardcomm.backoffice.iris.SearchKeys.USA;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;

/** Searches used by sales (what can we offer in 919?) and by capacity planning. */
public class InventorySearchService {

    private final IrisClient client;

    public InventorySearchService(IrisClient client) {
        this.client = client;
    }

    /** Up to {@code quantity} spare numbers in the area code, as plain strings. */
    public List<String> availableInAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<String, Object>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);

        List<String> numbers = new ArrayList<String>();
        for (Object o : AvailableNumbers.search(client, query)) {
            String tn = String.valueOf(o);
            if (tn.length() == 10) {
                numbers.add(tn);
            }
        }
        return numbers;
    }

    /** Numbers we have in service in one NPA. Old endpoint spelling, still accepted by v1. */
    public List<String> inService(int areaCode) throws Exception {
        Map<String, Object> query = new HashMap<String, Object>();
        query.put("areacode", areaCode);
        query.put("size", 1000);
        TNss tns = InserviceNumber.list(client, query);
        return tns.getTelephoneNumbers();
    }

    /** NPA-NXX blocks with spare capacity. Already sends the country (done for the CA launch). */
    public List<AvailableNpaNxx> npaNxxBlocks(String areaCode) throws Exception {
        Map<String, Object> query = new LinkedHashMap<String, Object>();
        query.put(COUNTRY, USA);
        query.put(AREA_CODE, areaCode);
        return AvailableNpaNxx.list(client, query);
    }

    /** Spare quantity per NPA-NXX, keyed by NXX, for one area code. */
    public Map<Integer, Integer> capacityByNxx(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<String, Object>();
        query.put(AREA_CODE, areaCode);
        Map<Integer, Integer> capacity = new TreeMap<Integer, Integer>();
        for (AvailableNpaNxx block : AvailableNpaNxx.list(client, query)) {
            int npa = Integer.parseInt(block.getNpa());
            if (npa != Integer.parseInt(areaCode)) {
                continue; // overlay NPAs come back too
            }
            capacity.merge(Integer.valueOf(block.getNxx()), block.getQuantity(), Integer::sum);
        }
        return capacity;
    }

    /** Distinct NPAs we have numbers in, across the account (inventory overview page). */
    public TreeSet<String> npasInService(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<String, Object>();
        query.put(COUNTRY, USA);
        query.put(AREA_CODE, areaCode);
        query.put("size", 1000);
        TreeSet<String> npas = new TreeSet<String>();
        for (String tn : InserviceNumber.list(client, query).getTelephoneNumbers()) {
            npas.add(tn.substring(0, 3));
        }
        return npas;
    }

    /** Sales demo: what is free in the triangle right now. */
    public List<?> triangleDemo() throws Exception {
        return AvailableNumbers.search(client, Map.of("areaCode", "919", "quantity", 5));
    }
}
