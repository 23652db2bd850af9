package net.harborlight.numops.reports;

import java.util.List;

import net.harborlight.numops.crm.CrmClient;
import net.harborlight.numops.store.NumberAssignment;
import net.harborlight.numops.store.NumberAssignmentRepository;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * disconnectReportJob: fetch yesterday's Dashboard disconnect report, release the numbers we
 * still hold as active, and tell the CRM.
 */
@Configuration
public class DisconnectReportJobConfig {

    @Bean
    public Job disconnectReportJob(JobRepository jobRepository, Step fetchDisconnectReport, Step applyDisconnects) {
        return new JobBuilder("disconnectReportJob", jobRepository)
                .start(fetchDisconnectReport)
                .next(applyDisconnects)
                .build();
    }

    @Bean
    public Step fetchDisconnectReport(JobRepository jobRepository, PlatformTransactionManager tx,
                                      ReportFetchTasklet tasklet) {
        return new StepBuilder("fetchDisconnectReport", jobRepository)
                .tasklet(tasklet, tx)
                .build();
    }

    @Bean
    public Step applyDisconnects(JobRepository jobRepository, PlatformTransactionManager tx,
                                 FlatFileItemReader<DisconnectRecord> disconnectReportReader,
                                 DisconnectRecordProcessor processor,
                                 ItemWriter<DisconnectRecordProcessor.Release> releaseWriter) {
        return new StepBuilder("applyDisconnects", jobRepository)
                .<DisconnectRecord, DisconnectRecordProcessor.Release>chunk(200, tx)
                .reader(disconnectReportReader)
                .processor(processor)
                .writer(releaseWriter)
                .faultTolerant()
                .skipLimit(50)
                .skip(org.springframework.batch.item.file.FlatFileParseException.class)
                .build();
    }

    @Bean
    @StepScope
    public FlatFileItemReader<DisconnectRecord> disconnectReportReader(
            @Value("#{jobExecutionContext['reportFile']}") String reportFile) {
        return new FlatFileItemReaderBuilder<DisconnectRecord>()
                .name("disconnectReportReader")
                .resource(new FileSystemResource(reportFile))
                .linesToSkip(1)
                .delimited()
                .delimiter(",")
                .names(DisconnectRecordFieldSetMapper.COLUMNS)
                .fieldSetMapper(new DisconnectRecordFieldSetMapper())
                .build();
    }

    @Bean
    public ItemWriter<DisconnectRecordProcessor.Release> releaseWriter(NumberAssignmentRepository assignments,
                                                                       CrmClient crm) {
        return chunk -> {
            List<? extends DisconnectRecordProcessor.Release> items = chunk.getItems();
            for (DisconnectRecordProcessor.Release release : items) {
                NumberAssignment a = release.assignment();
                assignments.save(a.withStatus(NumberAssignment.Status.DISCONNECTED));
                crm.numberDisconnected(a.customerId(), a.tn());
            }
        };
    }
}
