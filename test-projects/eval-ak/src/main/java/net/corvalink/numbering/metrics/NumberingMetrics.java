package net.corvalink.numbering.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * Business metrics of the numbering worker. Temporal's own metrics go through
 * the same registry (see WorkerMain).
 */
public class NumberingMetrics {

    private final MeterRegistry registry;
    private final DistributionSummary searchResults;
    private final Counter activated;

    public NumberingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.searchResults = DistributionSummary.builder("numbering.search.results")
                .description("numbers returned by an availability search")
                .maximumExpectedValue(5000.0)
                .register(registry);
        this.activated = Counter.builder("numbering.numbers.activated").register(registry);
    }

    public void searchResults(String areaCode, int count) {
        searchResults.record(count);
        registry.counter("numbering.search.requests", Tags.of("npa", areaCode)).increment();
    }

    public void orderPlaced(String type) {
        registry.counter("numbering.orders.placed", "type", type).increment();
    }

    public void numbersActivated(int count) {
        activated.increment(count);
    }

    public void callbackReceived(String orderType, String status) {
        registry.counter("numbering.callbacks", "orderType", String.valueOf(orderType),
                "status", String.valueOf(status)).increment();
    }

    public MeterRegistry registry() {
        return registry;
    }
}
