package org.harborline.provisioning.http;

import java.io.IOException;
import java.io.StringWriter;

import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;

import org.harborline.provisioning.model.ImportTnOrderRequest;

/**
 * Hosted-messaging imports done over raw HTTP (used by the bulk tool, the SDK path is in
 * {@code HostedMessagingService}).
 */
public class ImportedTnResource extends AbstractIrisResource {

    private final boolean removal;

    public ImportedTnResource(IrisHttpClient http, String accountId, boolean removal) {
        super(http, accountId);
        this.removal = removal;
    }

    @Override
    protected String resourcePath() {
        return removal
                ? "removeImportedTnOrders"
                : "importTnOrders";
    }

    public String submit(String orderXml) throws IOException {
        return http.post(buildUrl(), orderXml);
    }

    public String submit(ImportTnOrderRequest request) throws IOException {
        try {
            Marshaller m = JAXBContext.newInstance(ImportTnOrderRequest.class).createMarshaller();
            m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            StringWriter out = new StringWriter();
            m.marshal(request, out);
            return submit(out.toString());
        } catch (JAXBException e) {
            throw new IOException("cannot marshal import order", e);
        }
    }

    public String history(String orderId) throws IOException {
        return http.get(buildUrl(orderId, "history"));
    }
}
