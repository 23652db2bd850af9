package net.harborlight.numops.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.OrderResponse;
import net.harborlight.numops.dashboard.DashboardRestGateway;
import net.harborlight.numops.e911.E911AddressSyncTasklet;
import net.harborlight.numops.hosted.HostedMessagingBulkTasklet;
import net.harborlight.numops.inventory.InventorySnapshotTasklet;
import net.harborlight.numops.ordering.SmokeOrderTasklet;
import net.harborlight.numops.reports.InventoryReportReader;
import net.harborlight.numops.sippeer.BulkSmsEnablementTasklet;
import net.harborlight.numops.store.NumberAssignment;
import net.harborlight.numops.store.NumberAssignmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly jobs except the disconnect report (see DisconnectReportJobConfig).
 */
@Configuration
public class NightlyJobsConfig {

    private static final Logger log = LoggerFactory.getLogger(NightlyJobsConfig.class);

    @Bean
    public Job orderReconciliationJob(JobRepository jobRepository, Step reconcileOrders) {
        return new JobBuilder("orderReconciliationJob", jobRepository).start(reconcileOrders).build();
    }

    @Bean
    public Step reconcileOrders(JobRepository jobRepository, PlatformTransactionManager tx,
                                DashboardOrderItemReader dashboardOrderReader,
                                NumberAssignmentRepository assignments) {
        ItemWriter<List<NumberAssignment>> writer = chunk -> chunk.getItems()
                .forEach(list -> list.forEach(assignments::save));
        return new StepBuilder("reconcileOrders", jobRepository)
                .<OrderResponse, List<NumberAssignment>>chunk(50, tx)
                .reader(dashboardOrderReader)
                .processor(new OrderReconciliationProcessor(assignments))
                .writer(writer)
                .build();
    }

    @Bean
    @StepScope
    public DashboardOrderItemReader dashboardOrderReader(DashboardRestGateway gateway, IrisClient irisClient,
                                                         @Value("#{jobParameters['modifiedSince']}") String since,
                                                         @Value("#{jobParameters['limit']}") Long limit) {
        LocalDate modifiedSince = since == null ? LocalDate.now().minusDays(2) : LocalDate.parse(since);
        return new DashboardOrderItemReader(gateway, irisClient, modifiedSince, limit);
    }

    @Bean
    public Job inventorySnapshotJob(JobRepository jobRepository, PlatformTransactionManager tx,
                                    InventorySnapshotTasklet tasklet) {
        Step step = new StepBuilder("inventorySnapshot", jobRepository).tasklet(tasklet, tx).build();
        return new JobBuilder("inventorySnapshotJob", jobRepository).start(step).build();
    }

    @Bean
    public Job inventoryReportJob(JobRepository jobRepository, Step checkInventoryReport) {
        return new JobBuilder("inventoryReportJob", jobRepository).start(checkInventoryReport).build();
    }

    @Bean
    public Step checkInventoryReport(JobRepository jobRepository, PlatformTransactionManager tx,
                                     InventoryReportReader inventoryReportReader,
                                     NumberAssignmentRepository assignments) {
        ItemWriter<String> writer = chunk -> chunk.getItems().stream()
                .filter(tn -> assignments.findByTenDigitTn(tn).isEmpty())
                .forEach(tn -> log.warn("Inventory report lists {} but no customer holds it", tn));
        return new StepBuilder("checkInventoryReport", jobRepository)
                .<String, String>chunk(1000, tx)
                .reader(inventoryReportReader)
                .writer(writer)
                .build();
    }

    @Bean
    @StepScope
    public InventoryReportReader inventoryReportReader(@Value("#{jobParameters['reportFile']}") String reportFile) {
        return new InventoryReportReader(Path.of(reportFile));
    }

    @Bean
    public Job e911AddressSyncJob(JobRepository jobRepository, PlatformTransactionManager tx,
                                  E911AddressSyncTasklet tasklet) {
        Step step = new StepBuilder("e911AddressSync", jobRepository).tasklet(tasklet, tx).build();
        return new JobBuilder("e911AddressSyncJob", jobRepository).start(step).build();
    }

    @Bean
    public Job smokeOrderJob(JobRepository jobRepository, PlatformTransactionManager tx, SmokeOrderTasklet tasklet) {
        Step step = new StepBuilder("smokeOrder", jobRepository).tasklet(tasklet, tx).build();
        return new JobBuilder("smokeOrderJob", jobRepository).start(step).build();
    }

    @Bean
    public Job hostedMessagingJob(JobRepository jobRepository, PlatformTransactionManager tx,
                                  HostedMessagingBulkTasklet tasklet) {
        Step step = new StepBuilder("hostedMessagingRequests", jobRepository).tasklet(tasklet, tx).build();
        return new JobBuilder("hostedMessagingJob", jobRepository).start(step).build();
    }

    @Bean
    public Job bulkSmsEnablementJob(JobRepository jobRepository, PlatformTransactionManager tx,
                                    BulkSmsEnablementTasklet tasklet) {
        Step step = new StepBuilder("bulkSmsEnablement", jobRepository).tasklet(tasklet, tx).build();
        return new JobBuilder("bulkSmsEnablementJob", jobRepository).start(step).build();
    }
}
