package com.cobaltline.numbering.transport;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;

/** JAXB helper with a context cache; the Dashboard only speaks XML. */
public class XmlCodec {

    private final Map<Class<?>, JAXBContext> contexts = new ConcurrentHashMap<>();

    private JAXBContext context(Class<?> type) {
        return contexts.computeIfAbsent(type, t -> {
            try {
                return JAXBContext.newInstance(t);
            } catch (JAXBException e) {
                throw new IllegalStateException("No JAXB context for " + t.getName(), e);
            }
        });
    }

    public String toXml(Object payload) {
        try {
            Marshaller marshaller = context(payload.getClass()).createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            StringWriter out = new StringWriter();
            marshaller.marshal(payload, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new DashboardTransport.DashboardException("Cannot marshal " + payload.getClass().getSimpleName(), e);
        }
    }

    public <T> T fromXml(String xml, Class<T> type) {
        try {
            return type.cast(context(type).createUnmarshaller().unmarshal(new StringReader(xml)));
        } catch (JAXBException e) {
            throw new DashboardTransport.DashboardException("Cannot read " + type.getSimpleName(), e);
        }
    }
}
