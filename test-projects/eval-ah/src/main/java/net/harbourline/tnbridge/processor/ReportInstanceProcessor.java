package net.harbourline.tnbridge.processor;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import net.harbourline.tnbridge.model.ReportInstanceXml;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Builds the {@code <Instance>} request for the nightly TN inventory report. */
public class ReportInstanceProcessor implements Processor {

    @Override
    public void process(Exchange exchange) throws Exception {
        String accountId = exchange.getContext().resolvePropertyPlaceholders("{{dashboard.account-id}}");

        ReportInstanceXml instance = new ReportInstanceXml();
        instance.setOutputFormat("csv");
        instance.addParameter("Account", accountId);
        instance.addParameter("TNStatus", "Inservice");
        instance.setExpiresAt(LocalDate.now().plusDays(3).format(DateTimeFormatter.ISO_LOCAL_DATE));

        StringWriter out = new StringWriter();
        Marshaller marshaller = JAXBContext.newInstance(ReportInstanceXml.class).createMarshaller();
        marshaller.marshal(instance, out);
        exchange.getIn().setBody(out.toString());
    }
}
