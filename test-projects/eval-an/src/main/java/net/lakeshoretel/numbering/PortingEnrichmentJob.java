package net.lakeshoretel.numbering;

import net.lakeshoretel.numbering.callback.CompletedNumbersFunction;
import net.lakeshoretel.numbering.callback.NotificationParser;
import net.lakeshoretel.numbering.callback.SubscriptionBootstrap;
import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.config.SettingsLoader;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.dashboard.OkHttpDashboardTransport;
import net.lakeshoretel.numbering.dashboard.model.Notification;
import net.lakeshoretel.numbering.enrich.ActivationProvisioningFunction;
import net.lakeshoretel.numbering.enrich.CoverageAsyncFunction;
import net.lakeshoretel.numbering.enrich.E911AsyncFunction;
import net.lakeshoretel.numbering.enrich.HostedMessagingAsyncFunction;
import net.lakeshoretel.numbering.enrich.PortabilityAsyncFunction;
import net.lakeshoretel.numbering.enrich.TnDetailsAsyncFunction;
import net.lakeshoretel.numbering.events.ActivationEvent;
import net.lakeshoretel.numbering.events.EnrichedActivation;
import net.lakeshoretel.numbering.events.EnrichedPortingEvent;
import net.lakeshoretel.numbering.events.JsonEventSchema;
import net.lakeshoretel.numbering.events.PortingEvent;
import net.lakeshoretel.numbering.internal.ProvisioningApiClient;
import net.lakeshoretel.numbering.notify.ActivationSmsNotifier;
import net.lakeshoretel.numbering.ops.HealthProbe;
import net.lakeshoretel.numbering.report.InventoryCsvParser;
import net.lakeshoretel.numbering.report.ReportDownloadSource;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.java.utils.ParameterTool;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.DefaultRollingPolicy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Enriches the OSS's porting and activation events with Bandwidth Dashboard data, provisions the
 * numbers of new lines, confirms activations from Dashboard callbacks and lands the Dashboard's
 * TN inventory report in the data lake.
 */
public final class PortingEnrichmentJob {

    private PortingEnrichmentJob() {
    }

    public static void main(String[] args) throws Exception {
        ParameterTool params = SettingsLoader.load(args);
        JobSettings settings = JobSettings.from(params);
        DashboardTransport.Factory dashboard = DashboardTransport.Factory.okHttp();

        if (!params.getBoolean("skip-preflight", false)) {
            try (OkHttpDashboardTransport transport = new OkHttpDashboardTransport(settings)) {
                if (!new HealthProbe(settings, params, transport).run()) {
                    throw new IllegalStateException("Dashboard health probe failed, not starting");
                }
                new SubscriptionBootstrap(settings, transport).ensureSubscriptions();
            }
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setGlobalJobParameters(params);
        env.enableCheckpointing(params.getLong("checkpoint.interval-ms", 60_000L));

        String bootstrap = params.getRequired("kafka.bootstrap-servers");
        String groupId = params.get("kafka.group-id", "lnp-enrichment");
        long timeout = settings.asyncTimeoutMs();
        int capacity = settings.asyncCapacity();

        // porting events: TN details, then portability
        DataStream<PortingEvent> porting = env.fromSource(
                kafkaSource(bootstrap, groupId, params.getRequired("kafka.topic.porting"), PortingEvent.class),
                WatermarkStrategy.noWatermarks(), "porting-events");
        DataStream<EnrichedPortingEvent> withDetails = AsyncDataStream.unorderedWait(porting,
                new TnDetailsAsyncFunction(settings, dashboard), timeout, TimeUnit.MILLISECONDS, capacity)
                .name("tn-details");
        DataStream<EnrichedPortingEvent> portability = AsyncDataStream.unorderedWait(
                porting.filter(e -> "SUBMITTED".equals(e.getStatus())),
                new PortabilityAsyncFunction(settings, dashboard), timeout, TimeUnit.MILLISECONDS, capacity)
                .name("lnp-checker");
        withDetails.union(portability).sinkTo(kafkaSink(bootstrap, params.getRequired("kafka.topic.enriched"),
                EnrichedPortingEvent.class)).name("enriched-porting");

        // activations: E911, coverage, SIP peer, hosted messaging
        DataStream<ActivationEvent> activations = env.fromSource(
                kafkaSource(bootstrap, groupId, params.getRequired("kafka.topic.activations"), ActivationEvent.class),
                WatermarkStrategy.noWatermarks(), "activation-events");
        DataStream<EnrichedActivation> e911 = AsyncDataStream.orderedWait(
                activations.filter(a -> a.getKind() == ActivationEvent.Kind.NEW_LINE
                        || a.getKind() == ActivationEvent.Kind.PORT_IN_COMPLETE),
                new E911AsyncFunction(settings, dashboard), timeout, TimeUnit.MILLISECONDS, capacity).name("e911");
        DataStream<EnrichedActivation> covered = AsyncDataStream.unorderedWait(e911,
                new CoverageAsyncFunction(settings, dashboard), timeout, TimeUnit.MILLISECONDS, capacity).name("coverage");
        DataStream<EnrichedActivation> provisioned = AsyncDataStream.orderedWait(
                covered.filter(a -> "VALID".equals(a.getE911Status())),
                new ActivationProvisioningFunction(settings, dashboard), timeout, TimeUnit.MILLISECONDS, capacity)
                .name("sippeer-tns");
        DataStream<EnrichedActivation> hosted = AsyncDataStream.orderedWait(
                activations.filter(a -> a.getKind() == ActivationEvent.Kind.HOSTED_SMS
                        || a.getKind() == ActivationEvent.Kind.HOSTED_SMS_REMOVE),
                new HostedMessagingAsyncFunction(settings, dashboard), timeout, TimeUnit.MILLISECONDS, capacity)
                .name("hosted-messaging");
        provisioned.addSink(new ActivationSmsNotifier(settings)).name("activation-sms");
        provisioned.union(hosted).sinkTo(kafkaSink(bootstrap, params.get("kafka.topic.activations-enriched",
                "lnp.activations-enriched.v2"), EnrichedActivation.class)).name("enriched-activations");

        // Dashboard callbacks relayed by the webhook service
        String provisioningUrl = settings.provisioningBaseUrl();
        DataStream<Notification> notifications = env.fromSource(
                        kafkaSource(bootstrap, groupId, params.getRequired("kafka.topic.callbacks"),
                                NotificationParser.Envelope.class),
                        WatermarkStrategy.noWatermarks(), "dashboard-callbacks")
                .flatMap(new NotificationParser()).name("parse-callbacks");
        notifications
                .flatMap(new CompletedNumbersFunction(() -> new ProvisioningApiClient(provisioningUrl)))
                .name("confirm-activations")
                .sinkTo(kafkaSink(bootstrap, params.get("kafka.topic.confirmations", "lnp.activation-confirmations"),
                        CompletedNumbersFunction.Confirmation.class));

        // TN inventory report into the data lake
        FileSink<String> inventorySink = FileSink
                .forRowFormat(new Path(params.getRequired("report.output-path")), new SimpleStringEncoder<String>("UTF-8"))
                .withRollingPolicy(DefaultRollingPolicy.builder()
                        .withRolloverInterval(Duration.ofHours(1))
                        .withMaxPartSize(params.getLong("report.max-file-bytes", 5368709120L))
                        .build())
                .build();
        env.addSource(new ReportDownloadSource(settings, dashboard)).name("inventory-report").setParallelism(1)
                .flatMap(new InventoryCsvParser()).name("parse-inventory")
                .map(InventoryCsvParser.InventoryRow::toCsv)
                .sinkTo(inventorySink).name("inventory-lake");

        env.execute("lnp-activation-enrichment");
    }

    private static <T> KafkaSource<T> kafkaSource(String bootstrap, String groupId, String topic, Class<T> type) {
        return KafkaSource.<T>builder()
                .setBootstrapServers(bootstrap)
                .setGroupId(groupId)
                .setTopics(topic)
                .setStartingOffsets(OffsetsInitializer.committedOffsets())
                .setValueOnlyDeserializer(new JsonEventSchema<>(type))
                .build();
    }

    private static <T> KafkaSink<T> kafkaSink(String bootstrap, String topic, Class<T> type) {
        return KafkaSink.<T>builder()
                .setBootstrapServers(bootstrap)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setRecordSerializer(KafkaRecordSerializationSchema.<T>builder()
                        .setTopic(topic)
                        .setValueSerializationSchema(new JsonEventSchema<>(type))
                        .build())
                .build();
    }
}
