package net.prairiewave.numbering.dashboard;

import net.prairiewave.numbering.xml.XmlSupport;
import org.w3c.dom.Document;

import java.util.Optional;

/** Per-number details (rate center, LATA, site) straight from the Dashboard. */
public class TnDetailsClient {

    private final DashboardHttp http;

    public TnDetailsClient(DashboardHttp http) {
        this.http = http;
    }

    public Document details(String tn) {
        return XmlSupport.parse(http.get("/tns/" + tn + "/tndetails"));
    }

    /** Resolves the numeric TN the billing system wants from the Dashboard's FullNumber. */
    public Optional<Long> billingKey(String tn) {
        return XmlSupport.firstText(details(tn), "FullNumber").map(Long::valueOf);
    }

    public String rateCenterFor(String tn) {
        return XmlSupport.firstText(details(tn), "RateCenter").orElse("UNKNOWN");
    }

    public String siteOf(String tn) {
        return XmlSupport.firstText(XmlSupport.parse(http.get("/tns/" + tn + "/sites")), "Id").orElseThrow();
    }
}
