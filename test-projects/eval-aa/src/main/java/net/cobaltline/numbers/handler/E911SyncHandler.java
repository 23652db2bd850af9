package net.cobaltline.numbers.handler;

import java.net.http.HttpClient;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.dashboard.DashboardClient;
import net.cobaltline.numbers.dashboard.E911Api;
import net.cobaltline.numbers.dashboard.xml.E911AddressXml;
import net.cobaltline.numbers.external.CustomerAddressClient;
import net.cobaltline.numbers.external.CustomerAddressClient.CustomerAddress;

/**
 * Hourly: every CRM service address must exist as an E911 address on the Dashboard account.
 * Creates the missing ones and writes the Dashboard id back to the CRM.
 */
public class E911SyncHandler implements RequestHandler<ScheduledEvent, Integer> {

    private static final Logger log = LoggerFactory.getLogger(E911SyncHandler.class);

    private final DashboardClient dashboard;
    private final E911Api e911;
    private final CustomerAddressClient crm;
    private final List<String> crmAccounts;

    public E911SyncHandler() {
        this(Services.dashboard(),
                CustomerAddressClient.production(HttpClient.newHttpClient(), System.getenv("CRM_API_KEY")),
                List.of(System.getenv().getOrDefault("CRM_ACCOUNTS", "").split(",")));
    }

    E911SyncHandler(DashboardClient dashboard, CustomerAddressClient crm, List<String> crmAccounts) {
        this.dashboard = dashboard;
        this.e911 = new E911Api(dashboard);
        this.crm = crm;
        this.crmAccounts = crmAccounts;
    }

    @Override
    public Integer handleRequest(ScheduledEvent event, Context context) {
        log.info("E911 sync: reading /api/accounts/{}/addresses", dashboard.accountId());
        Set<String> known = new HashSet<>();
        int page = 1;
        E911Api.AddressList list;
        do {
            list = e911.list(page++, 500);
            list.addresses.forEach(a -> known.add(a.id));
        } while (!list.addresses.isEmpty());

        int created = 0;
        for (String account : crmAccounts) {
            if (account.isBlank()) {
                continue;
            }
            try {
                for (CustomerAddress a : crm.forAccount(account)) {
                    if (a.e911AddressId() != null && known.contains(a.e911AddressId())) {
                        continue;
                    }
                    String id = e911.create(toE911(a));
                    crm.linkE911(a.id(), id);
                    created++;
                }
            } catch (Exception e) {
                log.error("E911 sync failed for CRM account {}", account, e);
            }
        }
        log.info("E911 sync done: {} known, {} created", known.size(), created);
        return created;
    }

    /** Raw listing for the audit export; the API object pages, this wants the first page only. */
    String auditSnapshot() {
        return dashboard.get(dashboard.segments("addresses")).requireSuccess().body();
    }

    static E911AddressXml toE911(CustomerAddress a) {
        E911AddressXml x = new E911AddressXml();
        x.houseNumber = a.houseNumber();
        x.streetName = a.street();
        x.city = a.city();
        x.stateCode = a.state();
        x.zip = a.zip();
        return x;
    }
}
