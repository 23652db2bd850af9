package net.tidewaterconnect.numbering.dashboard.v2;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Calls against the v2 API that the team already switched over, behind the
 * {@code tidewater.dashboard-v2-pilot} flag.
 */
@Component
public class DashboardV2Pilot {

    static final String V2_BASE = "https://dashboard.bandwidth.com/api/v2";

    private final RestClient v2;

    public DashboardV2Pilot(RestClient.Builder builder, DashboardProperties props) {
        this.v2 = builder.clone()
                .baseUrl(V2_BASE + "/accounts/" + props.accountId())
                .defaultHeaders(h -> h.setBasicAuth(props.username(), props.password()))
                .build();
    }

    public String e911Addresses() {
        return v2.get().uri("/e911Addresses").retrieve().body(String.class);
    }

    public String inServiceInNorfolk() {
        return v2.get().uri("/inserviceNumbers?countryCodeA3=USA&areaCode=757").retrieve().body(String.class);
    }

    public String hostedImport(String importTnOrderXml) {
        return v2.post()
                .uri("/importTnOrders/messaging")
                .contentType(MediaType.APPLICATION_XML)
                .body(importTnOrderXml)
                .retrieve()
                .body(String.class);
    }

    public String hostedImportStatus(String orderId) {
        return v2.get().uri("/importTnOrders/messaging/{orderId}", orderId).retrieve().body(String.class);
    }

    public String voiceRemoval(String removeImportedTnOrderXml) {
        return v2.post()
                .uri("/removeImportedTnOrders/voice")
                .contentType(MediaType.APPLICATION_XML)
                .body(removeImportedTnOrderXml)
                .retrieve()
                .body(String.class);
    }

    public String enableSms(String tnOptionOrderXml) {
        return v2.post()
                .uri("/tnoptions")
                .contentType(MediaType.APPLICATION_XML)
                .body(tnOptionOrderXml)
                .retrieve()
                .body(String.class);
    }

    public String ordersOfMainLine() {
        return v2.get().uri("/orders?tn={tn}", "+17575550101").retrieve().body(String.class);
    }
}
