package net.cascadiatel.provisioning.hosted;

import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;
import net.cascadiatel.provisioning.iris.Xml;

/**
 * External TNs: numbers whose voice stays with another carrier but whose messaging we host.
 * Used by the reseller channel.
 */
@Singleton
public class ExternalTnsClient {

    private static final String EXTERNAL_TNS = "/externalTns";

    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;
    private final IrisSettings settings;

    @Inject
    public ExternalTnsClient(DashboardWsClient dashboard, DashboardPaths paths, IrisSettings settings) {
        this.dashboard = dashboard;
        this.paths = paths;
        this.settings = settings;
    }

    // POST /accounts/{accountId}/externalTns with an ExternalTnsOrder body; answers 202 with the order id.
    public CompletionStage<String> importExternal(String customerOrderId, List<String> tns) {
        ExternalTnsOrderXml order = new ExternalTnsOrderXml()
                .setCustomerOrderId(customerOrderId)
                .setSiteId(settings.siteId())
                .setSipPeerId(settings.sipPeerId())
                .setAction(ExternalTnsOrderXml.Action.IMPORT)
                .setTelephoneNumbers(tns);
        return dashboard.checked(dashboard.postXml(paths.account() + EXTERNAL_TNS, Xml.write(order)));
    }

    public CompletionStage<String> removeExternal(String customerOrderId, List<String> tns) {
        ExternalTnsOrderXml order = new ExternalTnsOrderXml()
                .setCustomerOrderId(customerOrderId)
                .setAction(ExternalTnsOrderXml.Action.REMOVE)
                .setTelephoneNumbers(tns);
        return dashboard.checked(dashboard.postXml(paths.externalTns(), Xml.write(order)));
    }

    public CompletionStage<String> order(String orderId) {
        String url = String.format("%s/accounts/%s/externalTns/%s", paths.base(), settings.accountId(), orderId);
        return dashboard.checked(dashboard.getXml(url));
    }

    public CompletionStage<String> configuredOrders() {
        return dashboard.checked(dashboard.getXml(paths.base() + settings.accountPath(settings.externalTnsPath())));
    }

    /** The reseller pilot number that proves the channel end to end. */
    public CompletionStage<String> importResellerPilot() {
        String body = """
                <ExternalTnsOrder>
                  <CustomerOrderId>RESELLER-PILOT</CustomerOrderId>
                  <Action>IMPORT</Action>
                  <LoaType>CARRIER</LoaType>
                  <TelephoneNumbers>
                    <TelephoneNumber>4255550168</TelephoneNumber>
                  </TelephoneNumbers>
                </ExternalTnsOrder>
                """;
        return dashboard.checked(dashboard.postXml(paths.base() + "/accounts/" + settings.accountId() + "/externalTns", body));
    }
}
