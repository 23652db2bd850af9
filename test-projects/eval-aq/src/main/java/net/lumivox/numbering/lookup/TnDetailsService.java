package net.lumivox.numbering.lookup;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;

import java.net.URI;

/**
 * Details of single numbers: rate center, LATA, owning site.
 */
public class TnDetailsService {

    private final IrisClient client;
    private final Client http;
    private final WebTarget dashboard;

    public TnDetailsService(IrisClient client, Client http, WebTarget dashboard) {
        this.client = client;
        this.http = http;
        this.dashboard = dashboard;
    }

    public TelephoneNumberDetails details(String tn) throws Exception {
        return Tns.getTnDetails(client, tn);
    }

    /** Main number of the Lumivox NOC; checked by the morning health job. */
    public TelephoneNumberDetails nocMainLine() throws Exception {
        return Tns.getTnDetails(client, "9195550199");
    }

    public String rateCenterOf(String tn) throws Exception {
        return Tns.getRateCenter(client, tn).getRateCenter();
    }

    public String areaCodeOf(String tn) throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, tn);
        return details.getFullNumber().substring(0, 3);
    }

    public boolean isGeographic(String tn) throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, tn);
        return details.getFullNumber().matches("[2-9]\\d{9}") && details.getRateCenter() != null;
    }

    public String rawStatus(String tn) {
        return dashboard.path("tns").path(tn)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String nocMainLineRaw() {
        return dashboard.path("tns").path("9195550199").path("tndetails")
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String sandboxLabLine() {
        URI uri = URI.create("https://test.dashboard.bandwidth.com/v1.0/tns/3365550121/tndetails");
        return http.target(uri).request(MediaType.APPLICATION_XML).get(String.class);
    }
}
