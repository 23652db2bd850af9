package net.tidewatertel.provisioning.numbers;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.httpclient.NameValuePair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.tidewatertel.provisioning.domain.NpaNxxEntry;
import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;

/**
 * Searches the Dashboard for numbers we can order, for the sales desk and for the
 * automatic refill of the spare pool.
 */
public class NumberSearchService {

    private static final Logger LOG = LoggerFactory.getLogger(NumberSearchService.class);

    private final DashboardHttpClient http;
    private final DashboardPaths paths;
    private int defaultQuantity = 25;

    public NumberSearchService(DashboardHttpClient http, DashboardPaths paths) {
        this.http = http;
        this.paths = paths;
    }

    public void setDefaultQuantity(int defaultQuantity) {
        this.defaultQuantity = defaultQuantity;
    }

    public List<String> searchByAreaCode(String areaCode, int quantity) throws IOException {
        NameValuePair[] query = {
            new NameValuePair("areaCode", areaCode),
            new NameValuePair("quantity", String.valueOf(quantity)),
            new NameValuePair("enableTNDetail", "false")
        };
        LOG.info("Searching {} numbers in area code {}", quantity, areaCode);
        return numbersOf(http.get(paths.availableNumbers(), query));
    }

    public List<String> searchByExchange(String npa, String nxx) throws IOException {
        String path = paths.availableNumbers() + "?areaCode=" + npa + "&npaNxx=" + npa + nxx + "&quantity=" + defaultQuantity;
        return numbersOf(http.get(path));
    }

    /** Same search the old numbers client did, kept for the spare-pool refill script. */
    public List<String> searchForRefill(String areaCode, int quantity) throws IOException {
        String path = MessageFormat.format("/accounts/{0}/availableNumbers?areaCode={1}&quantity={2}",
                paths.getAccountId(), areaCode, String.valueOf(quantity));
        return numbersOf(http.get(path));
    }

    public List<String> searchByRateCenter(String rateCenter, String state) throws IOException {
        return numbersOf(http.get(paths.availableNumbers(),
                new NameValuePair("rateCenter", rateCenter),
                new NameValuePair("state", state),
                new NameValuePair("quantity", String.valueOf(defaultQuantity))));
    }

    /** Used by the Puerto Rico desk, which already had to pass the country. */
    public List<String> searchWithCountry(String areaCode) throws IOException {
        return numbersOf(http.get(paths.availableNumbers(),
                new NameValuePair("countryCodeA3", "USA"),
                new NameValuePair("areaCode", areaCode),
                new NameValuePair("quantity", String.valueOf(defaultQuantity))));
    }

    public List<String> searchTollFree(String wildcard) throws IOException {
        return numbersOf(http.get(paths.availableNumbers(),
                new NameValuePair("tollFreeWildCardPattern", wildcard),
                new NameValuePair("quantity", String.valueOf(defaultQuantity))));
    }

    /** Exchanges with spare numbers in an area code, for the sales desk's vanity requests. */
    public List<NpaNxxEntry> availableExchanges(String areaCode, int homeNpa) throws IOException {
        HttpResult result = http.get(paths.account("availableNpaNxx"), new NameValuePair("areaCode", areaCode));
        List<NpaNxxEntry> exchanges = XmlSupport.unmarshalAll(result.getBody(), "AvailableNpaNxx", NpaNxxEntry.class);
        exchanges.removeIf(exchange -> exchange.getNpa() != homeNpa);
        return exchanges;
    }

    List<String> numbersOf(HttpResult result) {
        if (!result.isSuccess()) {
            throw new IllegalStateException("Number search failed: " + result.getStatus());
        }
        return XmlSupport.texts(result.getBody(), "TelephoneNumber").stream()
                .filter(tn -> tn.matches("[0-9]{10}"))
                .collect(Collectors.toList());
    }
}
