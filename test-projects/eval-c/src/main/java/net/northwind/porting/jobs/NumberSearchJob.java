package net.northwind.porting.jobs;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import net.northwind.porting.app.AppConfig;
import net.northwind.porting.app.BatchJob;
import net.northwind.porting.http.DashboardHttp;
import net.northwind.porting.http.OkInventoryClient;
import net.northwind.porting.iris.QueryStrings;
import net.northwind.porting.payload.DashboardResponses;
import net.northwind.porting.payload.Xml;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds spare numbers for reseller quotes in our home markets and writes a capacity sheet.
 */
public class NumberSearchJob implements BatchJob {

    private static final Logger log = LoggerFactory.getLogger(NumberSearchJob.class);

    /** Home markets: Raleigh-Durham and eastern NC. */
    static final int[] HOME_AREA_CODES = {919, 984, 252};

    private final OkInventoryClient ok;
    private final DashboardHttp http;
    private final IrisClient iris;
    private final AppConfig config;

    public NumberSearchJob(OkInventoryClient ok, DashboardHttp http, IrisClient iris, AppConfig config) {
        this.ok = ok;
        this.http = http;
        this.iris = iris;
        this.config = config;
    }

    @Override
    public String name() {
        return "number-search";
    }

    @Override
    public Result run(List<String> args) throws Exception {
        int found = 0;
        for (int areaCode : HOME_AREA_CODES) {
            HttpUrl url = ok.availableNumbersUrl(config.accountId(), String.valueOf(areaCode), 50);
            String xml = ok.fetch(url);
            found += count(xml, "TelephoneNumber");
        }
        return Result.ok(name(), found);
    }

    /** Same search from the URL template in endpoints.json (used by the quote tool's batch mode). */
    public String searchFromTemplate(String areaCode, int qty) throws Exception {
        String url = config.urlTemplate("availableNumbers")
                .replace("{accountId}", config.accountId())
                .replace("{areaCode}", areaCode)
                .replace("{qty}", Integer.toString(qty));
        return http.get(url);
    }

    /** SDK search for the interactive quote tool. */
    public List<?> searchViaSdk(String areaCode) throws Exception {
        return AvailableNumbers.search(iris, QueryStrings.areaCodeSearch(areaCode, 25));
    }

    /** SDK search restricted to one rate center. */
    public List<?> searchRateCenter(String areaCode, String rateCenter, String state) throws Exception {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("rateCenter", rateCenter);
        query.put("state", state);
        query.put("areaCode", areaCode);
        query.put("quantity", 10);
        return AvailableNumbers.search(iris, query);
    }

    /** Exchanges in one area code, raw (the SDK maps NpaNxx quantities incorrectly for us). */
    public String npaNxx(String areaCode) throws Exception {
        return http.get("/accounts/" + config.accountId() + "/availableNpaNxx" + QueryStrings.npaNxxFilter(areaCode));
    }

    /** In-service totals per area code; only our home markets go on the capacity sheet. */
    public Map<Integer, Integer> homeMarketTotals() throws Exception {
        String body = http.get("/accounts/" + config.accountId() + "/inserviceNumbers/totals");
        DashboardResponses.InserviceTotals totals = Xml.read(body, DashboardResponses.InserviceTotals.class);
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (DashboardResponses.AreaCodeCount row : totals.areaCodes) {
            if (row.areaCode == 919 || row.areaCode == 984) {
                out.put(row.areaCode, row.count);
            }
        }
        return out;
    }

    /** Area codes that appear in a search response with TN detail enabled. */
    public List<Integer> areaCodesIn(String searchResponseXml) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(searchResponseXml.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = doc.getElementsByTagName("AreaCode");
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Integer areaCode = Integer.parseInt(nodes.item(i).getTextContent().trim());
            out.add(areaCode);
        }
        return out;
    }

    /** Orders the two NOC lines plus one extra number, from the shared order template. */
    public String orderNocLines(String extraTn) throws Exception {
        String xml;
        try (var in = NumberSearchJob.class.getClassLoader().getResourceAsStream("templates/order-existing.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{extraTn}", extraTn);
        }
        return http.post("/accounts/" + config.accountId() + "/orders", xml);
    }

    private static int count(String xml, String element) {
        int n = 0;
        int at = xml.indexOf("<" + element + ">");
        while (at >= 0) {
            n++;
            at = xml.indexOf("<" + element + ">", at + 1);
        }
        return n;
    }
}
