package net.harborlight.numops.ordering;

import java.time.LocalDate;
import java.util.Map;

import net.harborlight.numops.config.DashboardEndpoints;
import net.harborlight.numops.config.DashboardProperties;
import net.harborlight.numops.dashboard.DashboardRestGateway;
import net.harborlight.numops.dashboard.TemplateRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Nightly canary: orders the lab numbers, then releases them again.
 */
@Component
public class SmokeOrderTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SmokeOrderTasklet.class);

    private final DashboardRestGateway gateway;
    private final TemplateRenderer templates;
    private final NumberOrderService orders;
    private final DashboardProperties props;

    public SmokeOrderTasklet(DashboardRestGateway gateway, TemplateRenderer templates,
                             NumberOrderService orders, DashboardProperties props) {
        this.gateway = gateway;
        this.templates = templates;
        this.orders = orders;
        this.props = props;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        String customerOrderId = CanaryNumbers.SMOKE_ORDER_PREFIX + LocalDate.now();
        String body = templates.render("smoke-order.ftl", Map.of(
                "customerOrderId", customerOrderId,
                "siteId", CanaryNumbers.SMOKE_SITE_ID));
        String response = gateway.post(DashboardEndpoints.ORDERS, body, props.getAccountId());
        log.info("Smoke order {} placed: {}", customerOrderId, response.length());

        String lnpCheck = """
                <NumberPortabilityRequest>
                  <TnList>
                    <Tn>%d</Tn>
                    <Tn>9192149901</Tn>
                  </TnList>
                </NumberPortabilityRequest>
                """.formatted(CanaryNumbers.LAB_BTN);
        String portability = gateway.post("/accounts/{accountId}/lnpchecker?fullCheck=true", lnpCheck, props.getAccountId());
        log.info("Smoke portability check: {}", portability.contains("<PortableNumbers>") ? "ok" : "FAILED");

        orders.disconnect(customerOrderId + "-release", CanaryNumbers.SMOKE_TNS);
        contribution.incrementWriteCount(CanaryNumbers.SMOKE_TNS.size());
        return RepeatStatus.FINISHED;
    }
}
