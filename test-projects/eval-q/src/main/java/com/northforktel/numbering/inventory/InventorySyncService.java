package com.northforktel.numbering.inventory;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.dashboard.DashboardHttp;
import com.northforktel.numbering.dashboard.DashboardPaths;
import com.northforktel.numbering.dashboard.InServiceNumberClient;
import com.northforktel.numbering.dashboard.XmlCodec;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings our inventory table in line with what the Dashboard reports as in service.
 */
@Singleton
public class InventorySyncService {

    private static final Logger log = LoggerFactory.getLogger(InventorySyncService.class);

    private final InServiceNumberClient inService;
    private final DashboardHttp http;
    private final XmlCodec xml;
    private final NumberStore store;
    private final List<String> areaCodes;
    private final int pageSize;

    @Inject
    public InventorySyncService(InServiceNumberClient inService, DashboardHttp http, XmlCodec xml, NumberStore store,
                                @Named(ConfigKeys.INVENTORY_AREA_CODES) String areaCodes,
                                @Named(ConfigKeys.INVENTORY_PAGE_SIZE) String pageSize) {
        this.inService = inService;
        this.http = http;
        this.xml = xml;
        this.store = store;
        this.areaCodes = new JsonArray(areaCodes).stream().map(String::valueOf).toList();
        this.pageSize = Integer.parseInt(pageSize);
    }

    public record SyncReport(String areaCode, int upserted, int skipped) {
    }

    public Future<List<SyncReport>> syncAll() {
        List<SyncReport> reports = new ArrayList<>();
        Future<Void> chain = Future.succeededFuture();
        for (String areaCode : areaCodes) {
            chain = chain.compose(v -> syncAreaCode(areaCode).map(r -> {
                reports.add(r);
                return null;
            }));
        }
        return chain.map(v -> reports);
    }

    Future<SyncReport> syncAreaCode(String areaCode) {
        return inService.page(areaCode, 1, pageSize).compose(tns -> {
            List<NumberRecord> records = new ArrayList<>();
            int skipped = 0;
            Instant now = Instant.now();
            for (String tn : tns) {
                if (tn.length() != 10) {
                    skipped++;
                    continue;
                }
                int npa = Integer.parseInt(tn.substring(0, 3));
                records.add(new NumberRecord(tn, npa, NumberRecord.Status.IN_SERVICE, now));
            }
            if (skipped > 0) {
                log.warn("{} numbers in area code {} had an unexpected format", skipped, areaCode);
            }
            int skippedFinal = skipped;
            return store.upsertAll(records).map(n -> new SyncReport(areaCode, n, skippedFinal));
        });
    }

    /** Numbers we believe are active but that the Dashboard no longer lists for the area code. */
    public Future<Set<String>> missingFromDashboard(String areaCode, Instant cutoff) {
        MultiMap filters = MultiMap.caseInsensitiveMultiMap()
                .add("areaCode", areaCode)
                .add("size", "1000");
        HttpRequest<Buffer> request = http.get(http.url(DashboardPaths.INSERVICE_NUMBERS));
        request.queryParams().addAll(filters);
        return http.send(request).map(xml::readTnList).compose(onDashboard -> store.notSeenSince(cutoff)
                .map(stale -> {
                    Set<String> missing = new HashSet<>();
                    stale.stream()
                            .filter(r -> String.valueOf(r.areaCode()).equals(areaCode))
                            .filter(r -> !onDashboard.contains(r.tn()))
                            .forEach(r -> missing.add(r.tn()));
                    return missing;
                }));
    }
}
