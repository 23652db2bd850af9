package net.harbourline.tnbridge.processor;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import net.harbourline.tnbridge.model.MessagingSettingsXml;
import net.harbourline.tnbridge.model.SipPeerTnXml;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.io.StringWriter;

/**
 * Builds the {@code SipPeerTelephoneNumber} body for the sip peer TN endpoint.
 *
 * <p>With {@code messaging == true} the body switches SMS for the number according to the
 * {@code smsEnabled} header; otherwise it carries call forwarding only.
 */
public class SipPeerTnPayloadProcessor implements Processor {

    private static final JAXBContext CONTEXT;

    static {
        try {
            CONTEXT = JAXBContext.newInstance(SipPeerTnXml.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final boolean messaging;

    public SipPeerTnPayloadProcessor(boolean messaging) {
        this.messaging = messaging;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String tn = exchange.getIn().getHeader("tn", String.class);
        SipPeerTnXml payload = new SipPeerTnXml();
        payload.setFullNumber(tn);
        if (messaging) {
            boolean enable = exchange.getIn().getHeader("smsEnabled", Boolean.TRUE, Boolean.class);
            payload.setMessagingSettings(new MessagingSettingsXml(enable));
        } else {
            payload.setCallForward(exchange.getIn().getHeader("forwardTo", String.class));
            payload.setRpidFormat("e164");
        }
        StringWriter out = new StringWriter();
        Marshaller marshaller = CONTEXT.createMarshaller();
        marshaller.marshal(payload, out);
        exchange.getIn().setBody(out.toString());
    }
}
