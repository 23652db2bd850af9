package net.kestrelwave.provisioning.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.function.Supplier;

public class DashboardMetrics {

    private final MeterRegistry registry;

    public DashboardMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public <T> T time(String operation, Supplier<T> call) {
        Timer timer = Timer.builder("dashboard.requests")
                .description("Latency of calls to the Bandwidth Dashboard API")
                .tag("operation", operation)
                .publishPercentileHistogram()
                .register(registry);
        return timer.record(call);
    }

    public void status(String operation, int status) {
        Counter.builder("dashboard.responses")
                .tag("operation", operation)
                .tag("status", Integer.toString(status))
                .register(registry)
                .increment();
    }

    public void importOrderCreated(boolean external) {
        registry.counter("provisioning.hosted_messaging.orders", "kind", external ? "external" : "import")
                .increment();
    }

    public void retry(String operation) {
        registry.counter("dashboard.retries", "operation", operation).increment();
    }
}
