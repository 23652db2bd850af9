package net.pinecrest.numbertool.cli;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TelephoneNumberResponse;
import com.bandwidth.iris.sdk.model.Tns;
import com.google.gson.Gson;
import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.DashboardEndpoint;
import net.pinecrest.numbertool.dashboard.DashboardHttpClient;
import net.pinecrest.numbertool.dashboard.DashboardRetrofitFactory;
import net.pinecrest.numbertool.dashboard.TnDetailsApi;
import net.pinecrest.numbertool.dashboard.xml.TemplateRenderer;
import net.pinecrest.numbertool.dashboard.SipPeerTnClient;
import net.pinecrest.numbertool.sdk.IrisClientFactory;
import net.pinecrest.numbertool.sdk.IrisTnOptionService;
import net.pinecrest.numbertool.sdk.LabNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The nightly smoke run on the lab numbers: read-only checks from {@code smoke-plan.json}, then a
 * settings round-trip on the lab peer, then (with {@code --sandbox}) a port-in rehearsal.
 */
@Command(name = "smoke", description = "Nightly smoke test against the lab numbers.")
public class SmokeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(SmokeCommand.class);

    /** Hosted messaging import of the lab numbers, kept open on purpose as a canary. */
    private static final String LAST_LAB_IMPORT = "b05de7e6-0cab-4c83-81bb-9379cba8efd0";

    record Step(String name, String method, String path) {
    }

    record Plan(String description, List<Step> steps) {
    }

    @Mixin
    GlobalOptions global;

    @Option(names = "--sandbox", description = "Also rehearse a port-in on the vendor sandbox.")
    boolean sandbox;

    @Option(names = "--restock", description = "Re-order the lab numbers after a disconnect test.")
    boolean restock;

    @Override
    public Integer call() throws Exception {
        ToolConfig config = global.config();
        int failures = 0;
        try (DashboardHttpClient http = new DashboardHttpClient(config)) {
            for (Step step : loadPlan().steps()) {
                String path = step.path().replace("{accountId}", config.accountId());
                try {
                    http.get(URI.create(config.dashboardBase() + path));
                    log.info("smoke step '{}' ok", step.name());
                } catch (Exception e) {
                    failures++;
                    log.error("smoke step '{}' failed: {}", step.name(), e.getMessage());
                }
            }

            IrisClient client = IrisClientFactory.create(config);
            TelephoneNumberDetails details = Tns.getTnDetails(client, LabNumbers.PRIMARY);
            TelephoneNumberResponse status = Tns.checkStatus(client, "8045550102");
            log.info("lab number 8045550100 is on site {}, 8045550102 is {}", details.getAccountId(),
                    status.getStatus());

            TnDetailsApi tnDetails = DashboardRetrofitFactory.hostOnly(config).create(TnDetailsApi.class);
            int code = tnDetails.rateCenter(LabNumbers.SECONDARY).execute().code();
            log.info("rate center lookup for the secondary lab number: HTTP {}", code);
            http.get(DashboardEndpoint.IMPORT_TN_ORDER_HISTORY,
                    Map.of("accountId", config.accountId(), "orderId", LAST_LAB_IMPORT));

            new IrisTnOptionService(client).labBaseline();
            new SipPeerTnClient(http, config).forward(LabNumbers.SECONDARY, LabNumbers.NOC_BRIDGE);
            http.postXml(http.paths().tnOptions(), TemplateRenderer.load("smoke/lab-tn-options.xml"));
            if (restock) {
                http.postXml(http.paths().orders(), TemplateRenderer.load("smoke/lab-order.xml"));
            }
        }

        if (sandbox) {
            IrisClient sandboxClient = IrisClientFactory.sandbox(config.accountId(), config.username(),
                    config.password());
            LnpOrder rehearsal = new LnpOrder();
            rehearsal.setCustomerOrderId("PNC-PORT-REHEARSAL");
            rehearsal.setSiteId(config.siteId());
            rehearsal.setPeerId(config.sipPeerId());
            rehearsal.setBillingTelephoneNumber(LabNumbers.PORT_REHEARSAL_BTN);
            rehearsal.setListOfPhoneNumbers(LabNumbers.PORT_REHEARSAL);
            rehearsal.setLoaAuthorizingPerson("Lab PBX owner");
            LnpOrderResponse r = LnpOrder.create(sandboxClient, rehearsal);
            log.info("port-in rehearsal: {}", r.getProcessingStatus());
        }
        return failures == 0 ? 0 : 1;
    }

    static Plan loadPlan() throws Exception {
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                SmokeCommand.class.getResourceAsStream("/smoke-plan.json")), StandardCharsets.UTF_8)) {
            return new Gson().fromJson(in, Plan.class);
        }
    }
}
