package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.model.NpaNxxEntry;
import net.harbourline.tnbridge.model.NpaNxxSearchResult;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.converter.jaxb.JaxbDataFormat;

import java.util.Comparator;
import java.util.List;

/**
 * When an area code has fewer free numbers than requested, offer the customer the exchanges that still
 * have stock.
 */
public class NpaNxxCoverageRoute extends RouteBuilder {

    @Override
    public void configure() {
        JaxbDataFormat npaNxxXml = new JaxbDataFormat(NpaNxxSearchResult.class.getPackageName());

        from("direct:npanxx-coverage")
                .routeId("npanxx-coverage")
                .unmarshal(npaNxxXml)
                .bean(this, "alternatives")
                .marshal().json()
                .to("kafka:{{kafka.topics.number-offers}}");
    }

    public List<NpaNxxEntry> alternatives(NpaNxxSearchResult result, Exchange exchange) {
        int requestedNpa = exchange.getIn().getHeader("areaCode", Integer.class);
        return result.getEntries().stream()
                .filter(e -> e.getNpa() == requestedNpa)
                .filter(e -> e.getQuantity() > 0)
                .sorted(Comparator.comparingInt(NpaNxxEntry::getQuantity).reversed())
                .limit(5)
                .toList();
    }
}
