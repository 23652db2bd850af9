package net.halyardcomm.backoffice.xml;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;

/** Marshals the request/response classes in this package. Contexts are cached per type. */
public final class JaxbCodec {

    private final ConcurrentMap<Class<?>, JAXBContext> contexts = new ConcurrentHashMap<Class<?>, JAXBContext>();

    public String marshal(Object payload) {
        try {
            Marshaller m = context(payload.getClass()).createMarshaller();
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.FALSE);
            StringWriter out = new StringWriter();
            m.marshal(payload, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalArgumentException("cannot marshal " + payload.getClass().getSimpleName(), e);
        }
    }

    public <T> T unmarshal(String xml, Class<T> type) {
        try {
            Unmarshaller u = context(type).createUnmarshaller();
            return type.cast(u.unmarshal(new StringReader(xml)));
        } catch (JAXBException e) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName() + " from response", e);
        }
    }

    private JAXBContext context(Class<?> type) throws JAXBException {
        JAXBContext ctx = contexts.get(type);
        if (ctx == null) {
            ctx = JAXBContext.newInstance(type);
            contexts.putIfAbsent(type, ctx);
        }
        return ctx;
    }
}
