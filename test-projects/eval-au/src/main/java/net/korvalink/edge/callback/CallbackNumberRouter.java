package net.korvalink.edge.callback;

import java.util.Map;

import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import net.korvalink.edge.partner.PartnerHttp;

/** Decides which internal team hears about a newly activated number, and tells the CRM. */
@Component
public class CallbackNumberRouter {

    private static final Logger log = LoggerFactory.getLogger(CallbackNumberRouter.class);

    /** NOC regions by area code of the activated number. */
    private static final Map<String, String> REGION_BY_NPA = Map.of(
            "919", "triangle",
            "984", "triangle",
            "704", "charlotte",
            "980", "charlotte",
            "336", "triad");

    private final PartnerHttp http;
    private final String crmUrl;

    public CallbackNumberRouter(PartnerHttp http, @Value("${korvalink.crm.url}") String crmUrl) {
        this.http = http;
        this.crmUrl = crmUrl;
    }

    public void route(String tn, String orderType) {
        String npa = tn.substring(0, 3);
        String region = REGION_BY_NPA.getOrDefault(npa, "national");
        // the CRM stores numbers with the trunk prefix
        String crmKey = "1" + tn;
        log.info("Activated {} ({}) goes to region {}", tn, orderType, region);
        String body = "{\"number\": \"" + crmKey + "\", \"region\": \"" + region + "\", \"event\": \"ACTIVATED\"}";
        http.send("crm", http.request(crmUrl + "/api/numbers/events")
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", body)));
    }

    /** Our internal cost centres are "<region code><3 digits>", e.g. TRI104. */
    public static String regionOfCostCentre(String costCentre) {
        return costCentre.substring(0, 3);
    }
}
