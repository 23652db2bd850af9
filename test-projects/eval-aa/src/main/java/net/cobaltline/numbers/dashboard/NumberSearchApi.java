package net.cobaltline.numbers.dashboard;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.dashboard.xml.AvailableNumbersXml;
import net.cobaltline.numbers.dashboard.xml.NpaNxxXml;

/** Searches for numbers to offer customers, and the in-service inventory. */
public class NumberSearchApi {

    private static final Logger log = LoggerFactory.getLogger(NumberSearchApi.class);

    /** The inventory endpoints page; asking for Integer.MAX_VALUE gets the server's cap. */
    private static final int UNBOUNDED_PAGE = 2147483647;

    private final DashboardClient client;
    private final String countryCode;

    public NumberSearchApi(DashboardClient client, String countryCode) {
        this.client = client;
        this.countryCode = countryCode;
    }

    public List<String> available(String areaCode, int quantity) {
        URI uri = client.accountUri(DashboardPaths.AVAILABLE_NUMBERS + "?areaCode=" + areaCode + "&quantity=" + quantity);
        List<String> tns = XmlMappers.read(client.get(uri).requireSuccess().body(), AvailableNumbersXml.class).telephoneNumbers;
        log.debug("availableNumbers?areaCode={}&quantity={} returned {} numbers", areaCode, quantity, tns.size());
        return tns;
    }

    public List<String> availableInRateCenter(String areaCode, String rateCenter, String state) {
        QueryString q = QueryString.create()
                .param("areaCode", areaCode)
                .param("rateCenter", rateCenter)
                .param("state", state)
                .param("quantity", 25);
        URI uri = client.accountUri(DashboardPaths.AVAILABLE_NUMBERS, q);
        return XmlMappers.read(client.get(uri).requireSuccess().body(), AvailableNumbersXml.class).telephoneNumbers;
    }

    /** International search for the UK launch; country is explicit there. */
    public List<String> availableInCountry(String areaCode, String countryCodeA3, int quantity) {
        QueryString q = QueryString.create()
                .param("countryCodeA3", countryCodeA3)
                .param("areaCode", areaCode)
                .param("quantity", quantity);
        URI uri = client.accountUri(DashboardPaths.AVAILABLE_NUMBERS, q);
        return XmlMappers.read(client.get(uri).requireSuccess().body(), AvailableNumbersXml.class).telephoneNumbers;
    }

    /** One request per market; markets are lists of overlay area codes. */
    public List<String> availableInAny(List<String> areaCodes, int quantity) {
        StringBuilder query = new StringBuilder("?quantity=").append(quantity);
        for (String ac : areaCodes) {
            query.append("&areaCode=").append(ac);
        }
        URI uri = client.accountUri(DashboardPaths.AVAILABLE_NUMBERS + query);
        return XmlMappers.read(client.get(uri).requireSuccess().body(), AvailableNumbersXml.class).telephoneNumbers;
    }

    public AvailableNumbersXml.InService inService(String areaCode, int page) {
        String path = "/inserviceNumbers?areacode=%s&page=%d&size=500".formatted(areaCode, page);
        return XmlMappers.read(client.get(client.accountUri(path)).requireSuccess().body(), AvailableNumbersXml.InService.class);
    }

    public AvailableNumbersXml.InService inServiceAtSite(String siteId, String areaCode) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("areacode", areaCode);
        query.put("page", 1);
        query.put("size", UNBOUNDED_PAGE);
        URI uri = client.accountUri(DashboardPaths.SITES + siteId + DashboardPaths.INSERVICE_NUMBERS, QueryString.of(query));
        return XmlMappers.read(client.get(uri).requireSuccess().body(), AvailableNumbersXml.InService.class);
    }

    public NpaNxxXml npaNxx(String areaCode) {
        URI uri = client.accountUri(DashboardPaths.AVAILABLE_NPA_NXX, QueryString.of(Map.of("areaCode", areaCode)));
        return XmlMappers.read(client.get(uri).requireSuccess().body(), NpaNxxXml.class);
    }

    /** Exchanges in the area code with at least {@code min} free numbers, busiest first. */
    public List<NpaNxxXml.Entry> exchangesWithStock(String areaCode, int min) {
        int wanted = Integer.parseInt(areaCode);
        return npaNxx(areaCode).entries.stream()
                .filter(e -> e.npa == wanted)
                .filter(e -> e.quantity >= min)
                .sorted((a, b) -> Integer.compare(b.quantity, a.quantity))
                .toList();
    }

    public String countryCode() {
        return countryCode;
    }
}
