package net.harborlight.numops.sippeer;

import java.util.List;

import kong.unirest.HttpResponse;
import kong.unirest.UnirestInstance;
import net.harborlight.numops.dashboard.DashboardUrlBuilder;
import net.harborlight.numops.dashboard.XmlPayloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * One-off job for the 10DLC roll-out: turns SMS on for every number listed in the job parameter
 * {@code tns} (comma separated).
 */
@Component
public class BulkSmsEnablementTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BulkSmsEnablementTasklet.class);

    private final UnirestInstance unirest;
    private final DashboardUrlBuilder urls;

    public BulkSmsEnablementTasklet(@Qualifier("dashboardUnirest") UnirestInstance unirest, DashboardUrlBuilder urls) {
        this.unirest = unirest;
        this.urls = urls;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Object param = chunkContext.getStepContext().getJobParameters().get("tns");
        List<String> tns = param == null ? List.of() : List.of(param.toString().split(","));
        int failures = 0;
        for (String tn : tns) {
            StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumber>");
            xml.append(XmlPayloads.element("FullNumber", tn.trim()));
            xml.append("<MessagingSettings>");
            xml.append(XmlPayloads.element("SmsEnabled", true));
            xml.append("</MessagingSettings>");
            xml.append("</SipPeerTelephoneNumber>");
            HttpResponse<String> response = unirest.put(urls.sipPeerTn(tn.trim()))
                    .header("Content-Type", "application/xml")
                    .body(xml.toString())
                    .asString();
            if (!response.isSuccess()) {
                failures++;
                log.warn("SMS enablement failed for {}: HTTP {}", tn, response.getStatus());
            }
        }
        contribution.incrementWriteCount(tns.size() - failures);
        return RepeatStatus.FINISHED;
    }
}
