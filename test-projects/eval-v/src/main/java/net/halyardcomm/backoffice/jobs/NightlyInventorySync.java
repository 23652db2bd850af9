package net.halyardcomm.backoffice.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.halyardcomm.backoffice.config.DashboardEndpoint;
import net.halyardcomm.backoffice.dao.TnInventoryDao;
import net.halyardcomm.backoffice.dao.TnRecord;
import net.halyardcomm.backoffice.http.BasicAuth;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.http.HttpResult;

/**
 * 02:00 cron: pulls the in-service numbers of every NPA we sell in and reconciles our
 * inventory table; also records how many spare numbers each NPA still has.
 */
@DashboardEndpoint(value = "https://dashboard.bandwidth.com/api/v1", timeoutSeconds = 120)
public class NightlyInventorySync implements Runnable {

    private static final Logger LOG = Logger.getLogger(NightlyInventorySync.class.getName());
    private static final Pattern TN_ELEMENT = Pattern.compile("<TelephoneNumber>(\\d{10})</TelephoneNumber>");
    private static final Pattern COUNT = Pattern.compile("<TotalCount>(\\d+)</TotalCount>");

    private final DashboardHttp http;
    private final TnInventoryDao inventory;
    private final String accountId;
    private final List<String> watchedAreaCodes;

    public NightlyInventorySync(DashboardHttp http, TnInventoryDao inventory, String accountId,
            List<String> watchedAreaCodes) {
        this.http = http;
        this.inventory = inventory;
        this.accountId = accountId;
        this.watchedAreaCodes = watchedAreaCodes;
    }

    /** The cron entry has no config file; it takes the URL from the annotation. */
    public static DashboardHttp defaultHttp(BasicAuth auth) {
        DashboardEndpoint endpoint = NightlyInventorySync.class.getAnnotation(DashboardEndpoint.class);
        return new DashboardHttp(endpoint.value(), auth, endpoint.timeoutSeconds() * 1000);
    }

    @Override
    public void run() {
        long now = Instant.now().getEpochSecond();
        for (String npa : watchedAreaCodes) {
            HttpResult page = http.get("/accounts/" + accountId + "/inserviceNumbers?areacode=" + npa + "&size=1000");
            List<String> numbers = numbers(page.body());
            for (String tn : numbers) {
                inventory.upsert(new TnRecord(tn, Integer.parseInt(npa), "INSERVICE", null, now));
            }
            LOG.info(npa + ": " + numbers.size() + " in service, " + spare(npa) + " spare in "
                    + npaNxxBlocks(npa) + " blocks");
        }
    }

    int spare(String npa) {
        Map<String, String> filters = new LinkedHashMap<String, String>();
        filters.put("areaCode", npa);
        filters.put("quantity", "100");
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            query.append(query.length() == 0 ? '?' : '&').append(f.getKey()).append('=').append(f.getValue());
        }
        HttpResult result = http.get("/accounts/" + accountId + "/availableNumbers" + query);
        Matcher m = COUNT.matcher(result.body());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Number of NPA-NXX blocks with spare numbers; logged for the capacity dashboard. */
    int npaNxxBlocks(String npa) {
        String path = String.format("/accounts/%s/availableNpaNxx?areaCode=%s&quantity=%d", accountId, npa, 1);
        Matcher m = Pattern.compile("<AvailableNpaNxx>").matcher(http.get(path).body());
        int blocks = 0;
        while (m.find()) {
            blocks++;
        }
        return blocks;
    }

    static List<String> numbers(String xml) {
        List<String> out = new ArrayList<String>();
        Matcher m = TN_ELEMENT.matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
