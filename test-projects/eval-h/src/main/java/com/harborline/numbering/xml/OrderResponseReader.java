package com.harborline.numbering.xml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the {@code <OrderResponse>} Dashboard returns for GET /orders/{id}: status plus the
 * completed numbers, grouped by NPA so the activation report can show them per market.
 */
public final class OrderResponseReader {

    public record OrderOutcome(String orderId, String status, Map<String, List<String>> completedByNpa) {
    }

    private OrderResponseReader() {
    }

    public static OrderOutcome read(String xml) throws XMLStreamException {
        XMLStreamReader r = XmlSupport.stax().createXMLStreamReader(new StringReader(xml));
        String orderId = null;
        String status = null;
        Map<String, List<String>> byNpa = new LinkedHashMap<>();
        boolean inCompleted = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if ("id".equals(name) && orderId == null) {
                    orderId = r.getElementText().trim();
                } else if ("OrderStatus".equals(name)) {
                    status = r.getElementText().trim();
                } else if ("CompletedNumbers".equals(name)) {
                    inCompleted = true;
                } else if (inCompleted && "FullNumber".equals(name)) {
                    String tn = r.getElementText().trim();
                    String npa = tn.substring(0, 3);
                    byNpa.computeIfAbsent(npa, k -> new ArrayList<>()).add(tn);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "CompletedNumbers".equals(r.getLocalName())) {
                inCompleted = false;
            }
        }
        r.close();
        return new OrderOutcome(orderId, status, byNpa);
    }
}
