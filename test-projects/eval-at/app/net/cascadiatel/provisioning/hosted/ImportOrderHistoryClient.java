package net.cascadiatel.provisioning.hosted;

import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import net.cascadiatel.provisioning.iris.DashboardWsClient;

/** Reads import-order history and notes for the support console. */
@Singleton
public class ImportOrderHistoryClient {

    private static final String HISTORY = "/accounts/%s/importTnOrders/%s/history";
    private static final String LOAS = "/accounts/%s/importTnOrders/%s/loas";
    private static final String REMOVAL_HISTORY = "/accounts/%s/removeImportedTnOrders/%s/history";
    private static final String PILOT_NOTES = "/accounts/%s/importTnOrders/messaging/%s/notes";

    private final DashboardWsClient dashboard;
    private final IrisSettings settings;

    @Inject
    public ImportOrderHistoryClient(DashboardWsClient dashboard, IrisSettings settings) {
        this.dashboard = dashboard;
        this.settings = settings;
    }

    public CompletionStage<String> history(String orderId) {
        return get(HISTORY.formatted(settings.accountId(), orderId));
    }

    public CompletionStage<String> loas(String orderId) {
        return get(LOAS.formatted(settings.accountId(), orderId));
    }

    public CompletionStage<String> removalHistory(String orderId) {
        return get(String.format(REMOVAL_HISTORY, settings.accountId(), orderId));
    }

    public CompletionStage<String> pilotNotes(String pilotBase, String orderId) {
        return dashboard.checked(dashboard.getXml(pilotBase + PILOT_NOTES.formatted(settings.accountId(), orderId)));
    }

    public CompletionStage<String> importOrdersForCustomer(String customerOrderId) {
        String url = settings.baseUrl() + "/accounts/" + settings.accountId()
                + "/importTnOrders?customerOrderId=" + customerOrderId;
        return dashboard.checked(dashboard.getXml(url));
    }

    private CompletionStage<String> get(String path) {
        return dashboard.checked(dashboard.getXml(settings.baseUrl() + path));
    }
}
