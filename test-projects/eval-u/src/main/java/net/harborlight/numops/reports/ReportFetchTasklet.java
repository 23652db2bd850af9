package net.harborlight.numops.reports;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Requests yesterday's disconnect report, waits for it and stores the file path in the job
 * execution context under {@code reportFile}.
 */
@Component
public class ReportFetchTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportFetchTasklet.class);
    private static final Duration POLL = Duration.ofSeconds(20);
    private static final int MAX_POLLS = 45;

    private final ReportInstanceRequester requester;
    private final ReportDownloadClient downloads;

    public ReportFetchTasklet(ReportInstanceRequester requester, ReportDownloadClient downloads) {
        this.requester = requester;
        this.downloads = downloads;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        String location = requester.requestDisconnectReport(yesterday, yesterday);
        String instanceId = location.substring(location.lastIndexOf('/') + 1);

        for (int i = 0; i < MAX_POLLS; i++) {
            String status = downloads.instanceStatus(ReportInstanceRequester.DISCONNECT_REPORT_ID, instanceId);
            if ("Ready".equalsIgnoreCase(status)) {
                Path file = downloads.download(ReportInstanceRequester.DISCONNECT_REPORT_ID, instanceId);
                chunkContext.getStepContext().getStepExecution().getJobExecution()
                        .getExecutionContext().putString("reportFile", file.toString());
                log.info("Disconnect report instance {} downloaded to {}", instanceId, file);
                return RepeatStatus.FINISHED;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("Report instance " + instanceId + " not ready after " + MAX_POLLS + " polls");
    }
}
