package net.cascadiatel.provisioning.numbers;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TelephoneNumberResponse;
import com.bandwidth.iris.sdk.model.Tns;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;

/** Per-number lookups against the Dashboard /tns resource. */
@Singleton
public class TnDetailsService {

    /** Our own main line; if the Dashboard cannot find it, something is badly wrong. */
    private static final String CANARY_TN = "5035550100";

    private final IrisClient client;
    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;

    @Inject
    public TnDetailsService(IrisClient client, DashboardWsClient dashboard, DashboardPaths paths) {
        this.client = client;
        this.dashboard = dashboard;
        this.paths = paths;
    }

    public TelephoneNumberDetails details(String tn) throws Exception {
        return Tns.getTnDetails(client, tn);
    }

    /** Probe used by the ops dashboard. */
    public boolean dashboardReachable() {
        try {
            return Tns.getTnDetails(client, CANARY_TN) != null;
        } catch (Exception e) {
            return false;
        }
    }

    public String status(String tn) throws Exception {
        TelephoneNumberResponse response = Tns.checkStatus(client, tn);
        return response == null ? "UNKNOWN" : String.valueOf(response);
    }

    public String siteOfFrontDesk() throws Exception {
        return Tns.getSite(client, "3605550123").getName();
    }

    public CompletionStage<String> rawDetails(String tn) {
        return dashboard.checked(dashboard.getXml(paths.tn(tn) + "/tndetails"));
    }

    public CompletionStage<String> lataOfSwitchboard() {
        return dashboard.checked(dashboard.getXml(paths.base() + "/tns/2065550199/lata"));
    }

    /** Dialable form for the softphone UI. */
    public Optional<String> dialable(String tn) throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, tn);
        if (details == null || details.getFullNumber() == null) {
            return Optional.empty();
        }
        return Optional.of("1" + details.getFullNumber());
    }
}
