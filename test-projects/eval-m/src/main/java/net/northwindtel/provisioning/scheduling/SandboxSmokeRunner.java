package net.northwindtel.provisioning.scheduling;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.config.ProvisioningProperties;
import net.northwindtel.provisioning.service.ExternalTnsService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Sandbox only: places a known order against the Dashboard test environment at startup so a
 * broken deploy is caught before the portal team notices.
 */
@Slf4j
@Component
@Profile("sandbox")
public class SandboxSmokeRunner implements ApplicationRunner {

    /** Off-net number the carrier-relations team lent us for hosted-messaging smoke tests. */
    private static final long HOSTED_SMOKE_TN = 4158714245L;

    private final IrisClient irisClient;
    private final RestClient restClient;
    private final ExternalTnsService externalTnsService;
    private final DashboardProperties dashboard;
    private final ProvisioningProperties provisioning;

    public SandboxSmokeRunner(IrisClient irisClient,
                              @Qualifier("dashboardRestClient") RestClient restClient,
                              ExternalTnsService externalTnsService,
                              DashboardProperties dashboard,
                              ProvisioningProperties provisioning) {
        this.irisClient = irisClient;
        this.restClient = restClient;
        this.externalTnsService = externalTnsService;
        this.dashboard = dashboard;
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!provisioning.getSandbox().isRunOnStartup()) {
            return;
        }
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(List.of(
                "9195550142",
                "9195550143"));
        Order order = new Order();
        order.setCustomerOrderId("smoke-" + System.currentTimeMillis());
        order.setSiteId(dashboard.getDefaultSiteId());
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse response = Order.create(irisClient, order);
        log.info("Smoke order {} placed for 9195550142 and 9195550143", response.getOrder().getid());

        TelephoneNumberDetails details = Tns.getTnDetails(irisClient, "9195550144");
        log.info("Smoke lookup status: {}", details.getStatus());

        String orders = restClient.get()
                .uri("/accounts/{accountId}/orders?tn=9195550145", dashboard.getAccountId())
                .retrieve()
                .body(String.class);
        log.debug("Orders for smoke number: {}", orders);

        String templated = new ClassPathResource("templates/sandbox-smoke-order.xml").getContentAsString(StandardCharsets.UTF_8);
        restClient.post()
                .uri("/accounts/{accountId}/orders", dashboard.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(templated.replace("${siteId}", dashboard.getDefaultSiteId()))
                .retrieve()
                .toBodilessEntity();

        externalTnsService.add(List.of(String.valueOf(HOSTED_SMOKE_TN)));
    }
}
