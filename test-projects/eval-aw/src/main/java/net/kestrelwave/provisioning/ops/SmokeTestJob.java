package net.kestrelwave.provisioning.ops;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardPaths;
import net.kestrelwave.provisioning.templates.TemplateRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Nightly end-to-end check on the lab site: order the lab numbers, disconnect them again, re-import
 * the hosted-messaging lab number. The numbers belong to us and are parked between runs.
 */
public class SmokeTestJob {

    private static final Logger log = LoggerFactory.getLogger(SmokeTestJob.class);

    static final List<String> LAB_NUMBERS = List.of(
            "9842550193",
            "9842550194");

    private static final String LAB_IMPORT = """
            <ImportTnOrder>
              <CustomerOrderId>lab-import-%s</CustomerOrderId>
              <SiteId>%s</SiteId>
              <SipPeerId>%s</SipPeerId>
              <LoaAuthorizingPerson>Number Engineering</LoaAuthorizingPerson>
              <Subscriber><Name>Kestrelwave Lab</Name></Subscriber>
              <TelephoneNumbers>
                <TelephoneNumber>9842550199</TelephoneNumber>
              </TelephoneNumbers>
            </ImportTnOrder>
            """;

    private final IrisClient iris;
    private final DashboardHttpClient dashboard;
    private final TemplateRenderer templates;
    private final EnvironmentConfig env;

    public SmokeTestJob(IrisClient iris, DashboardHttpClient dashboard, TemplateRenderer templates,
                        EnvironmentConfig env) {
        this.iris = iris;
        this.dashboard = dashboard;
        this.templates = templates;
        this.env = env;
    }

    public void run() throws Exception {
        long started = Instant.now().getEpochSecond();
        String runId = Long.toString(started);

        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(LAB_NUMBERS);
        Order order = new Order();
        order.setCustomerOrderId("smoke-" + runId);
        order.setSiteId(env.labSiteId());
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse ordered = Order.create(iris, order);
        log.info("smoke order {} is {}", ordered.getOrder().getid(), ordered.getOrderStatus());

        DisconnectTelephoneNumberOrderType toDisconnect = new DisconnectTelephoneNumberOrderType();
        toDisconnect.setTelephoneNumberList(List.of("9842550195"));
        DisconnectTelephoneNumberOrder disconnect = new DisconnectTelephoneNumberOrder();
        disconnect.setName("smoke-disconnect-" + runId);
        disconnect.setDisconnectTelephoneNumberOrderType(toDisconnect);
        DisconnectTelephoneNumberOrder.create(iris, disconnect);

        TelephoneNumberDetails details = Tns.getTnDetails(iris, env.smokeTestNumber());
        log.info("smoke number status {}", details.getStatus());

        String importBody = LAB_IMPORT.formatted(runId, env.labSiteId(), env.sipPeerId());
        URI importUri = URI.create(dashboard.baseUrl() + DashboardPaths.importTnOrders(env.accountId()));
        dashboard.execute("POST", importUri, importBody, "smoke_import");

        String resetBody = templates.render("lab-reset-order.xml", Map.of(
                "customerOrderId", "smoke-reset-" + runId,
                "siteId", env.labSiteId()));
        URI legacyUri = URI.create(env.legacyDashboardUrl()).resolve(DashboardPaths.legacyOrders(env.accountId()));
        dashboard.execute("POST", legacyUri, resetBody, "smoke_reset");

        log.info("smoke run {} finished in {}s", runId, Instant.now().getEpochSecond() - started);
    }
}
