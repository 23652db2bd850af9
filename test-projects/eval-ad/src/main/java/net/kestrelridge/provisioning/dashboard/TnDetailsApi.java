package net.kestrelridge.provisioning.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.dashboard.xml.XmlMappers;

/**
 * Looks up single numbers: status, rate center, SIP peer.
 */
@Singleton
public class TnDetailsApi {

    private final DashboardHttpClient client;
    private final DashboardUris uris;

    @Inject
    public TnDetailsApi(DashboardHttpClient client, DashboardUris uris) {
        this.client = client;
        this.uris = uris;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class TelephoneNumberResponse {

        @JacksonXmlProperty(localName = "TelephoneNumber")
        public String telephoneNumber;

        @JacksonXmlProperty(localName = "Status")
        public String status;

        @JacksonXmlProperty(localName = "OrderId")
        public String orderId;

        @JacksonXmlProperty(localName = "AccountId")
        public String accountId;
    }

    public record TnStatus(String e164, String status, String lastOrderId) {
    }

    public TnStatus status(String tn) {
        String xml = client.get(java.net.URI.create(uris.baseUrl() + DashboardPaths.TNS + tn));
        TelephoneNumberResponse r = XmlMappers.read(xml, TelephoneNumberResponse.class);
        return new TnStatus("+1" + r.telephoneNumber, r.status, r.orderId);
    }

    public String rateCenter(String tn) {
        return client.get(java.net.URI.create(uris.baseUrl() + DashboardPaths.TNS + tn + "/ratecenter"));
    }
}
