package net.prairiewave.numbering.xml;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Collection;

/**
 * Streams ImportTnOrder / RemoveImportedTnOrder / ExternalTnsOrder bodies with StAX.
 * The three share the same shape apart from the root element and a few header fields.
 */
public final class ImportTnOrderWriter {

    public static final String IMPORT_ROOT = "ImportTnOrder";
    public static final String REMOVE_ROOT = "RemoveImportedTnOrder";
    public static final String EXTERNAL_ROOT = "ExternalTnsOrder";

    private ImportTnOrderWriter() {
    }

    public static String importOrder(String customerOrderId, String siteId, String sipPeerId,
                                     String loaAuthorizingPerson, Collection<String> tns) {
        return write(IMPORT_ROOT, customerOrderId, siteId, sipPeerId, loaAuthorizingPerson, null, tns);
    }

    public static String removeOrder(String customerOrderId, Collection<String> tns) {
        return write(REMOVE_ROOT, customerOrderId, null, null, null, null, tns);
    }

    public static String externalTnsOrder(String customerOrderId, String siteId, String sipPeerId,
                                          String action, Collection<String> tns) {
        return write(EXTERNAL_ROOT, customerOrderId, siteId, sipPeerId, null, action, tns);
    }

    private static String write(String root, String customerOrderId, String siteId, String sipPeerId,
                                String loaPerson, String action, Collection<String> tns) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement(root);
            element(w, "CustomerOrderId", customerOrderId);
            element(w, "SiteId", siteId);
            element(w, "SipPeerId", sipPeerId);
            element(w, "LoaAuthorizingPerson", loaPerson);
            element(w, "Action", action);
            if (EXTERNAL_ROOT.equals(root)) {
                element(w, "LoaType", "CARRIER");
            }
            w.writeStartElement("TelephoneNumbers");
            for (String tn : tns) {
                element(w, "TelephoneNumber", tn);
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write " + root, e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
