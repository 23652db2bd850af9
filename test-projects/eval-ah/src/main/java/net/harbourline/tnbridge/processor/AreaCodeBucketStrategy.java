package net.harbourline.tnbridge.processor;

import net.harbourline.tnbridge.model.AreaCodeSummary;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates the in-service numbers returned by the Dashboard into per-NPA counters for the
 * capacity dashboard.
 */
public class AreaCodeBucketStrategy implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        String tn = newExchange.getIn().getBody(String.class).trim();
        int npa = Integer.parseInt(tn.substring(0, 3));

        Map<Integer, AreaCodeSummary> buckets;
        if (oldExchange == null) {
            buckets = new TreeMap<>();
            newExchange.getIn().setBody(buckets);
            add(buckets, npa, tn);
            return newExchange;
        }
        @SuppressWarnings("unchecked")
        Map<Integer, AreaCodeSummary> existing = oldExchange.getIn().getBody(Map.class);
        add(existing, npa, tn);
        return oldExchange;
    }

    private static void add(Map<Integer, AreaCodeSummary> buckets, int npa, String tn) {
        AreaCodeSummary summary = buckets.computeIfAbsent(npa, AreaCodeSummary::new);
        summary.increment();
        if (summary.getSample() == null) {
            summary.setSample(tn);
        }
    }
}
