package net.prairiewave.numbering.dashboard;

import io.helidon.common.http.MediaType;
import net.prairiewave.numbering.config.DashboardPaths;
import net.prairiewave.numbering.xml.XmlSupport;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages through the account's in-service numbers. The nightly sync walks every area code we
 * serve; ad-hoc lookups from the admin UI use {@link #inServiceForSite}.
 */
public class InServiceNumbersClient {

    static final int PAGE_SIZE = 1000;

    private final DashboardHttp http;

    public InServiceNumbersClient(DashboardHttp http) {
        this.http = http;
    }

    public List<String> inServiceForAreaCode(String areaCode) {
        List<String> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            String xml = http.webClient().get()
                    .uri(http.baseUrl() + DashboardPaths.ACCOUNTS + http.accountId() + DashboardPaths.IN_SERVICE_NUMBERS)
                    .queryParam(DashboardPaths.AREA_CODE, areaCode)
                    .queryParam(DashboardPaths.PAGE, Integer.toString(page))
                    .queryParam(DashboardPaths.SIZE, Integer.toString(PAGE_SIZE))
                    .accept(MediaType.APPLICATION_XML)
                    .request(String.class)
                    .await();
            List<String> tns = XmlSupport.texts(XmlSupport.parse(xml), "TelephoneNumber");
            all.addAll(tns);
            if (tns.size() < PAGE_SIZE) {
                return all;
            }
        }
    }

    public List<String> inServiceForSite(String siteId, String areaCode) {
        String path = "/accounts/" + http.accountId() + "/sites/" + siteId
                + "/inserviceNumbers?areacode=" + areaCode + "&size=" + PAGE_SIZE;
        return XmlSupport.texts(XmlSupport.parse(http.get(path)), "TelephoneNumber");
    }

    public int countInService() {
        String xml = http.get("/accounts/" + http.accountId() + "/inserviceNumbers/totals");
        return Integer.parseInt(XmlSupport.firstText(XmlSupport.parse(xml), "Count").orElse("0"));
    }
}
