package com.harborline.numbering.processors;

import com.harborline.numbering.xml.XmlSupport;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * Turns a Dashboard number listing (inserviceNumbers, availableNumbers) into a List of TNs.
 * Header {@code tnCount} carries how many we kept.
 */
public class TelephoneNumberExtractor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(TelephoneNumberExtractor.class);

    @Override
    public void process(Exchange exchange) throws Exception {
        String xml = exchange.getIn().getBody(String.class);
        Document doc = XmlSupport.parse(xml);
        List<String> tns = new ArrayList<>();
        for (String tn : XmlSupport.texts(doc, "//TelephoneNumber")) {
            if (tn.length() == 10) {
                tns.add(tn);
            } else {
                LOG.debug("skipping unexpected TelephoneNumber value '{}'", tn);
            }
        }
        exchange.getIn().setHeader("tnCount", tns.size());
        exchange.getIn().setBody(tns);
    }
}
