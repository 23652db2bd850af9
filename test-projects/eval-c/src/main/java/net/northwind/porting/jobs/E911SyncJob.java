package net.northwind.porting.jobs;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Address;
import com.bandwidth.iris.sdk.model.Site;
import net.northwind.porting.app.AppConfig;
import net.northwind.porting.app.BatchJob;
import net.northwind.porting.crm.CrmClient;
import net.northwind.porting.http.DashboardHttp;
import net.northwind.porting.http.OkInventoryClient;
import net.northwind.porting.iris.IrisResource;
import net.northwind.porting.iris.Paths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Keeps the carrier's E911 address book in line with the service addresses in our CRM.
 * Addresses that no customer references any more are deleted upstream.
 */
public class E911SyncJob implements BatchJob {

    private static final Logger log = LoggerFactory.getLogger(E911SyncJob.class);

    private final DashboardHttp http;
    private final OkInventoryClient ok;
    private final CrmClient crm;
    private final IrisClient iris;
    private final AppConfig config;

    public E911SyncJob(DashboardHttp http, OkInventoryClient ok, CrmClient crm, IrisClient iris, AppConfig config) {
        this.http = http;
        this.ok = ok;
        this.crm = crm;
        this.iris = iris;
        this.config = config;
    }

    @Override
    public String name() {
        return "e911-sync";
    }

    @Override
    public Result run(List<String> args) throws Exception {
        String accountId = config.accountId();
        // Upstream list. Old reports still link to
        // https://dashboard.bandwidth.com/api/accounts/{id}/addresses -- leave them.
        String upstream = http.get(Paths.e911Addresses(accountId));
        List<String> known = crm.serviceAddressIds();
        int deleted = 0;
        for (String addressId : staleIds(upstream, known)) {
            http.delete(IrisResource.E911_ADDRESS.expand(Map.of("accountId", accountId, "addressId", addressId)));
            deleted++;
        }
        log.info("GET /accounts/{}/addresses returned {} bytes, {} stale deleted", accountId, upstream.length(), deleted);
        return Result.ok(name(), deleted);
    }

    /** Asks the carrier to geocode a draft address before we create it. */
    public String suggest(String draftXml) throws Exception {
        String path = "/accounts/%s/addresses?suggest=true".formatted(config.accountId());
        return http.post(path, draftXml);
    }

    /** Same list through OkHttp, used by the reconciliation report. */
    public String listViaOkHttp() throws Exception {
        return ok.fetch(ok.e911AddressesUrl(config.accountId()));
    }

    /** Reconciliation report reads the absolute URL from the yml base. */
    public String listFromYamlBase() throws Exception {
        return http.get(Paths.e911AddressesUrl(config.dashboardBaseFromYaml(), config.accountId()));
    }

    /** Configured path (iris.path.e911) for the legacy cron wrapper. */
    public String listFromProperties() throws Exception {
        return http.get(config.property("iris.path.e911").replace("{accountId}", config.accountId()));
    }

    /** New accounts are created straight on the v2 resource. */
    public String listV2(DashboardHttp v2) throws Exception {
        return v2.get(String.format("/accounts/%s/e911Addresses", config.accountId()));
    }

    /** Site service address (this is the site's postal address, not the E911 address book). */
    public Site createSite(String name, Address address) throws Exception {
        Site site = new Site();
        site.setName(name);
        site.setAddress(address);
        return Site.create(iris, site);
    }

    private static List<String> staleIds(String upstreamXml, List<String> known) {
        return List.of(upstreamXml.split("<AddressId>")).stream()
                .skip(1)
                .map(s -> s.substring(0, s.indexOf('<')))
                .filter(id -> !known.contains(id))
                .toList();
    }
}
