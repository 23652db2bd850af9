package net.harborlight.numops.hosted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.harborlight.numops.config.DashboardEndpoints;
import net.harborlight.numops.config.DashboardProperties;
import net.harborlight.numops.dashboard.DashboardRestGateway;
import net.harborlight.numops.dashboard.TemplateRenderer;
import net.harborlight.numops.dashboard.UnirestDashboardClient;
import net.harborlight.numops.hosted.ledger.ImportLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Processes the hosted-messaging request file that sales drops every evening
 * ({@code customerId,tn,mode} per line; mode is {@code import} or {@code external}).
 */
@Component
public class HostedMessagingBulkTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingBulkTasklet.class);

    private final DashboardRestGateway gateway;
    private final UnirestDashboardClient unirestClient;
    private final TemplateRenderer templates;
    private final ImportLedger ledger;
    private final DashboardProperties props;

    public HostedMessagingBulkTasklet(DashboardRestGateway gateway, UnirestDashboardClient unirestClient,
                                      TemplateRenderer templates, ImportLedger ledger, DashboardProperties props) {
        this.gateway = gateway;
        this.unirestClient = unirestClient;
        this.templates = templates;
        this.ledger = ledger;
        this.props = props;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Object file = chunkContext.getStepContext().getJobParameters().get("requestFile");
        if (file == null) {
            return RepeatStatus.FINISHED;
        }
        Map<String, List<String>> imports = new LinkedHashMap<>();
        Map<String, List<String>> externalTns = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(file.toString()))) {
            String[] cols = line.split(",");
            if (cols.length < 3 || cols[0].equals("customerId")) {
                continue;
            }
            Map<String, List<String>> target = "external".equalsIgnoreCase(cols[2].trim()) ? externalTns : imports;
            target.computeIfAbsent(cols[0].trim(), k -> new ArrayList<>()).add(cols[1].trim());
        }

        imports.forEach((customerId, tns) -> {
            String body = templates.render("import-tn-order.ftl", model(customerId, tns));
            String response = gateway.post(DashboardEndpoints.IMPORT_TN_ORDERS, body, props.getAccountId());
            ledger.record(orderId(response), customerId, tns);
        });
        externalTns.forEach((customerId, tns) -> {
            String body = templates.render("external-tns-order.ftl", model(customerId, tns));
            String response = unirestClient.submitExternalTns(body);
            ledger.record(orderId(response), customerId, tns);
            log.info("Submitted {} numbers of {} to /externalTns", tns.size(), customerId);
        });
        contribution.incrementWriteCount(imports.size() + externalTns.size());
        return RepeatStatus.FINISHED;
    }

    private Map<String, Object> model(String customerId, List<String> tns) {
        return Map.of(
                "customerOrderId", "hm-" + customerId + "-" + System.currentTimeMillis(),
                "siteId", props.getSiteId(),
                "sipPeerId", props.getSipPeerId(),
                "tns", tns);
    }

    private static String orderId(String responseXml) {
        int start = responseXml.indexOf("<OrderId>");
        int end = responseXml.indexOf("</OrderId>");
        return start < 0 || end < 0 ? "unknown" : responseXml.substring(start + 9, end);
    }
}
