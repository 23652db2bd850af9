package net.harbourline.tnbridge.processor;

import net.harbourline.tnbridge.config.EndpointCatalog;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Body of {@code POST .../sippeers/{peer}/movetns}: the numbers that must follow the NOC to the DR site.
 */
public class DrMoveTnsProcessor implements Processor {

    /** NOC hotline, NOC fax and the main office line. Always moved, whatever the YAML says. */
    static final List<String> CORE_NUMBERS = List.of(
            "9193860142",
            "9193860143",
            "19842150077");

    static final long MAIN_OFFICE_LINE = 9194280000L;

    private final EndpointCatalog catalog;

    public DrMoveTnsProcessor() {
        this(EndpointCatalog.load());
    }

    public DrMoveTnsProcessor(EndpointCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void process(Exchange exchange) {
        Set<String> numbers = new LinkedHashSet<>(CORE_NUMBERS);
        numbers.add(Long.toString(MAIN_OFFICE_LINE));
        numbers.addAll(catalog.drPool());

        List<String> ordered = new ArrayList<>(numbers);
        StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumbers>");
        for (String tn : ordered) {
            xml.append("<FullNumber>").append(tn).append("</FullNumber>");
        }
        xml.append("</SipPeerTelephoneNumbers>");
        exchange.getIn().setBody(xml.toString());
        exchange.getIn().setHeader("movedCount", ordered.size());
    }
}
