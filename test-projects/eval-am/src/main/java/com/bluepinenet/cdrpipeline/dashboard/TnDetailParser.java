package com.bluepinenet.cdrpipeline.dashboard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import com.bluepinenet.cdrpipeline.dashboard.model.TnDetail;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Parses a TelephoneNumberResponse from GET /tns/{tn}/tndetails. */
public final class TnDetailParser {

    private TnDetailParser() {
    }

    public static TnDetail parse(String xml) {
        Document doc = read(xml);
        String fullNumber = text(doc, "FullNumber");
        String npa = fullNumber.substring(0, 3);
        int areaCode = Integer.parseInt(npa);
        return new TnDetail(
                fullNumber,
                areaCode,
                text(doc, "RateCenter"),
                text(doc, "Lata"),
                text(doc, "City"),
                text(doc, "State"),
                text(doc, "Status"),
                text(doc, "AccountId"));
    }

    private static Document read(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("Unreadable tndetails response", e);
        }
    }

    private static String text(Document doc, String element) {
        NodeList nodes = doc.getElementsByTagName(element);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
