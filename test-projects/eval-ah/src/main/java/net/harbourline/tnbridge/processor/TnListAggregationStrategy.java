package net.harbourline.tnbridge.processor;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

import java.util.ArrayList;
import java.util.List;

/** Collects the split TNs back into one list, keeping the search order. */
public class TnListAggregationStrategy implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        String tn = newExchange.getIn().getBody(String.class);
        if (oldExchange == null) {
            List<String> numbers = new ArrayList<>();
            if (tn != null) {
                numbers.add(tn);
            }
            newExchange.getIn().setBody(numbers);
            return newExchange;
        }
        @SuppressWarnings("unchecked")
        List<String> numbers = oldExchange.getIn().getBody(List.class);
        if (tn != null) {
            numbers.add(tn);
        }
        return oldExchange;
    }
}
