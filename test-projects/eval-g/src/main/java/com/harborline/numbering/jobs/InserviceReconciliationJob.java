package com.harborline.numbering.jobs;

import com.harborline.numbering.config.DashboardConstants;
import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.dashboard.retrofit.DashboardRetrofitApi;
import com.harborline.numbering.dashboard.retrofit.DashboardRetrofitFactory;
import com.harborline.numbering.domain.NumberInventoryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Nightly: pulls in-service numbers per area code (Retrofit, paged) and lists
 * numbers the Dashboard bills us for that are not in our inventory.
 * Schedule and area codes come from application.yaml (harborline.reconciliation.*).
 */
@ApplicationScoped
public class InserviceReconciliationJob {

    private static final Logger LOG = Logger.getLogger(InserviceReconciliationJob.class.getName());
    private static final Pattern TN = Pattern.compile("<TelephoneNumber>([^<]+)</TelephoneNumber>");
    private static final Pattern NEXT = Pattern.compile("<next>[^<]*page=([^&<;]+)");

    @Inject
    DashboardSettings settings;

    @Inject
    NumberInventoryStore store;

    @Inject
    @ConfigProperty(name = "harborline.reconciliation.dashboard-url")
    String dashboardUrl;

    @Inject
    @ConfigProperty(name = "harborline.reconciliation.area-codes")
    List<String> areaCodes;

    public List<String> run() throws IOException {
        DashboardRetrofitApi api = DashboardRetrofitFactory.create(dashboardUrl + "/", settings.username(),
                settings.password());
        List<String> orphans = new ArrayList<>();
        for (String areaCode : areaCodes) {
            String page = "1";
            while (page != null) {
                String xml = api.inserviceNumbers(settings.accountId(), areaCode, page, DashboardConstants.PAGE_SIZE)
                        .execute().body();
                if (xml == null) {
                    break;
                }
                Matcher m = TN.matcher(xml);
                while (m.find()) {
                    String tn = m.group(1);
                    if (tn.length() != 10) {
                        LOG.warning("Ignoring malformed TN in inserviceNumbers: " + tn);
                    } else if (!store.contains(tn)) {
                        orphans.add(tn);
                    }
                }
                Matcher next = NEXT.matcher(xml);
                page = next.find() ? next.group(1) : null;
            }
        }
        LOG.info("Reconciliation found " + orphans.size() + " orphan numbers");
        return orphans;
    }
}
