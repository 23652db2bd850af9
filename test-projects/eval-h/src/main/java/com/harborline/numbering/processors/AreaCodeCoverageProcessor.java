package com.harborline.numbering.processors;

import com.harborline.numbering.dto.NpaCoverage;
import com.harborline.numbering.xml.XmlSupport;
import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPathConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Maps Dashboard's availableNpaNxx answer to {@link NpaCoverage} rows and flags our
 * home markets so the sales dashboard can put them on top.
 */
public class AreaCodeCoverageProcessor implements Processor {

    private static final int RALEIGH = 919;
    private static final int RALEIGH_OVERLAY = 984;

    @Override
    public void process(Exchange exchange) throws Exception {
        Document doc = XmlSupport.parse(exchange.getIn().getBody(String.class));
        NodeList nodes = (NodeList) XmlSupport.xpath().evaluate("//AvailableNpaNxx", doc, XPathConstants.NODESET);
        List<NpaCoverage> rows = new ArrayList<>();
        int homeMarketExchanges = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            int npa = Integer.parseInt(XmlSupport.text(node, "Npa"));
            String nxx = XmlSupport.text(node, "Nxx");
            String city = XmlSupport.text(node, "City");
            int quantity = Integer.parseInt(XmlSupport.text(node, "Quantity"));
            NpaCoverage row = new NpaCoverage(npa, nxx, city, quantity);
            if (row.areaCode() == RALEIGH || row.areaCode() == RALEIGH_OVERLAY) {
                homeMarketExchanges++;
            }
            rows.add(row);
        }
        exchange.getIn().setHeader("homeMarketExchanges", homeMarketExchanges);
        exchange.getIn().setBody(rows);
    }
}
