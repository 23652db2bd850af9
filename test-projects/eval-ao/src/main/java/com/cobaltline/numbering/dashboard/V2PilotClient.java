package com.cobaltline.numbering.dashboard;

import org.apache.cxf.jaxrs.client.WebClient;

import com.cobaltline.numbering.config.DashboardEndpoints;
import com.cobaltline.numbering.config.DashboardSettings;

/**
 * Spike for NUM-1422: the same account read through API v2, behind the {@code dashboard.pilot.v2}
 * switch. Only used from the Karaf shell for now.
 */
public class V2PilotClient {

    private final DashboardSettings settings;

    public V2PilotClient(DashboardSettings settings) {
        this.settings = settings;
    }

    private WebClient client() {
        return WebClient.create(DashboardEndpoints.PILOT_V2, settings.getUsername(), settings.getPassword(), null)
                .accept("application/xml");
    }

    public String e911Addresses() {
        return client().path("/accounts/" + settings.getAccountId() + "/e911Addresses").get(String.class);
    }

    public String hostedImports() {
        return client().path("/accounts/{id}/importTnOrders/messaging", settings.getAccountId()).get(String.class);
    }

    /** What replaces externalTns on v2: the same ExternalTnsOrder body, posted as a hosted messaging import. */
    public String importExternal(String externalTnsOrderXml) {
        return client().path("/accounts/" + settings.getAccountId() + "/importTnOrders/messaging")
                .type("application/xml")
                .post(externalTnsOrderXml, String.class);
    }

    public String voiceRemovals() {
        return client().path("/accounts/{id}/removeImportedTnOrders/voice", settings.getAccountId()).get(String.class);
    }

    public String inService(String areaCode) {
        return client().path("/accounts/" + settings.getAccountId() + "/inserviceNumbers")
                .query("countryCodeA3", settings.getCountryCode())
                .query("areaCode", areaCode)
                .get(String.class);
    }

    public String tnDetails(String e164) {
        return client().path("/tns/{tn}/tndetails", e164).get(String.class);
    }

    public String sandboxCheck() {
        return client().path("/accounts/" + settings.getAccountId() + "/tns/+19195550147").get(String.class);
    }
}
