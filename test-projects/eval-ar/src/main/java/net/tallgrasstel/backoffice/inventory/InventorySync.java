package net.tallgrasstel.backoffice.inventory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the in-service inventory from the Dashboard into the provisioning database, one page
 * at a time.
 */
public class InventorySync {

    private static final Logger log = LoggerFactory.getLogger(InventorySync.class);
    private static final int PAGE_SIZE = 1000;

    /** Row of the lines table; tn is the primary key. */
    public record InventoryRow(long tn, String npa, String status) {
    }

    private final IrisClient client;
    private final Consumer<List<InventoryRow>> sink;

    public InventorySync(IrisClient client, Consumer<List<InventoryRow>> sink) {
        this.client = client;
        this.sink = sink;
    }

    public Completable run() {
        return Flowable.range(1, 500)
                .concatMapSingle(page -> Single.fromCallable(() -> fetchPage(page)))
                .takeUntil((TNss tns) -> tns.getTelephoneNumbers() == null || tns.getTelephoneNumbers().size() < PAGE_SIZE)
                .concatMapIterable(tns -> tns.getTelephoneNumbers() == null ? List.<String>of() : tns.getTelephoneNumbers())
                .filter(tn -> tn.length() == 10)
                .map(tn -> new InventoryRow(
                        Long.parseLong(tn),
                        tn.substring(0, 3),
                        "IN_SERVICE"))
                .buffer(PAGE_SIZE)
                .doOnNext(sink::accept)
                .doOnComplete(() -> log.info("Inventory sync done"))
                .ignoreElements();
    }

    private TNss fetchPage(int page) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("page", page);
        query.put("size", PAGE_SIZE);
        return InserviceNumber.list(client, query);
    }

    /** How many numbers are still free per exchange, for the capacity dashboard. */
    public Map<Integer, Integer> freeByAreaCode(List<String> areaCodes) throws Exception {
        Map<Integer, Integer> free = new TreeMap<>();
        for (String ac : areaCodes) {
            Map<String, Object> query = new HashMap<>();
            query.put("areaCode", ac);
            for (AvailableNpaNxx group : AvailableNpaNxx.list(client, query)) {
                int areaCode = Integer.parseInt(group.getNpa());
                free.merge(areaCode, group.getQuantity(), Integer::sum);
            }
        }
        return free;
    }
}
