package net.prairiewave.numbering.dashboard;

import net.prairiewave.numbering.xml.XmlSupport;

import java.util.List;
import java.util.Map;

/** Searches the Dashboard's available inventory before we place new-number orders. */
public class NumberSearchClient {

    private static final String SEARCH_BY_AREA_CODE = "/accounts/%s/availableNumbers?areaCode=%s&quantity=%d";
    private static final String SEARCH_BY_AREA_CODE_V2 =
            "/accounts/%s/availableNumbers?countryCodeA3=USA&areaCode=%s&quantity=%d";

    private final DashboardHttp http;
    private final boolean countryFilterPilot;

    public NumberSearchClient(DashboardHttp http, boolean countryFilterPilot) {
        this.http = http;
        this.countryFilterPilot = countryFilterPilot;
    }

    public List<String> searchByAreaCode(String areaCode, int quantity) {
        String template = countryFilterPilot ? SEARCH_BY_AREA_CODE_V2 : SEARCH_BY_AREA_CODE;
        String xml = http.get(String.format(template, http.accountId(), areaCode, quantity));
        return XmlSupport.texts(XmlSupport.parse(xml), "TelephoneNumber");
    }

    public List<String> searchByRateCenter(String rateCenter, String state, int quantity) {
        String xml = http.get("/accounts/" + http.accountId() + "/availableNumbers",
                Map.of("rateCenter", rateCenter, "state", state, "quantity", Integer.toString(quantity)));
        return XmlSupport.texts(XmlSupport.parse(xml), "TelephoneNumber");
    }

    public List<String> searchLocalVanity(String areaCode, String pattern) {
        String xml = http.get("/accounts/" + http.accountId() + "/availableNumbers",
                Map.of("areaCode", areaCode, "localVanity", pattern, "quantity", "25"));
        return XmlSupport.texts(XmlSupport.parse(xml), "TelephoneNumber");
    }

    public List<String> npaNxxWithStock(int areaCode) {
        String xml = http.get("/accounts/" + http.accountId() + "/availableNpaNxx?areaCode=" + areaCode);
        return XmlSupport.texts(XmlSupport.parse(xml), "Nxx");
    }
}
