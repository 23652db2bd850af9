package net.harbourline.tnbridge.processor;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import net.harbourline.tnbridge.model.CustomerAddress;
import net.harbourline.tnbridge.model.E911AddressXml;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.io.StringWriter;

/** Marshals the portal's customer address into the Dashboard's E911 {@code <Address>} body. */
public class E911AddressRequestProcessor implements Processor {

    private static final JAXBContext CONTEXT;

    static {
        try {
            CONTEXT = JAXBContext.newInstance(E911AddressXml.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        CustomerAddress address = exchange.getIn().getBody(CustomerAddress.class);
        Marshaller marshaller = CONTEXT.createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.FALSE);
        StringWriter out = new StringWriter();
        marshaller.marshal(E911AddressXml.from(address), out);
        exchange.getIn().setBody(out.toString());
    }
}
