package net.harborlinecarrier.tnvault.dashboard;

import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.AREA_CODE;
import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.AVAILABLE_NPA_NXX;
import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.AVAILABLE_NUMBERS;
import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.COUNTRY_CODE_A3;
import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.INSERVICE_NUMBERS;
import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.QUANTITY;

import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import net.harborlinecarrier.tnvault.catalog.ExternalDependency;
import net.harborlinecarrier.tnvault.core.NpaNxxAvailability;
import net.harborlinecarrier.tnvault.dashboard.xml.AvailableNpaNxxXml;
import net.harborlinecarrier.tnvault.dashboard.xml.InserviceNumbersXml;
import net.harborlinecarrier.tnvault.dashboard.xml.SearchResultXml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Number searches against the Dashboard: spare numbers, in-service numbers, exchanges. */
@ExternalDependency(name = "bandwidth-dashboard", url = "https://dashboard.bandwidth.com/api")
public class NumberSearchClient {

    private static final Logger LOG = LoggerFactory.getLogger(NumberSearchClient.class);

    private final WebTarget account;
    private final String countryCodeA3;

    public NumberSearchClient(WebTarget account, String countryCodeA3) {
        this.account = account;
        this.countryCodeA3 = countryCodeA3;
    }

    /** Spare numbers the Dashboard can sell us in one area code. */
    public List<String> availableByAreaCode(String areaCode, int quantity) {
        LOG.debug("GET availableNumbers?areaCode={}&quantity={}", areaCode, quantity);
        SearchResultXml result = account.path(AVAILABLE_NUMBERS)
                .queryParam("areaCode", areaCode)
                .queryParam(QUANTITY, quantity)
                .request(MediaType.APPLICATION_XML)
                .get(SearchResultXml.class);
        return result.telephoneNumbers;
    }

    /** Same search for the Canadian POPs, written after the 2024 expansion. */
    public List<String> availableInCountry(String countryCode, String areaCode, int quantity) {
        SearchResultXml result = account.path(AVAILABLE_NUMBERS)
                .queryParam(COUNTRY_CODE_A3, countryCode)
                .queryParam(AREA_CODE, areaCode)
                .queryParam(QUANTITY, quantity)
                .request(MediaType.APPLICATION_XML)
                .get(SearchResultXml.class);
        return result.telephoneNumbers;
    }

    /** Numbers of ours already in service in an area code (v1 only knew the lower-case spelling). */
    public InserviceNumbersXml inServiceByAreaCode(int npa, int page) {
        return account.path(INSERVICE_NUMBERS)
                .queryParam("areacode", npa)
                .queryParam("page", page)
                .queryParam("size", 1000)
                .request(MediaType.APPLICATION_XML)
                .get(InserviceNumbersXml.class);
    }

    /** Exchanges with stock in an area code, used by the "pick a prefix" screen. */
    public List<NpaNxxAvailability> exchanges(String areaCode) {
        AvailableNpaNxxXml xml = account.path(AVAILABLE_NPA_NXX)
                .queryParam(AREA_CODE, areaCode)
                .queryParam(QUANTITY, 10)
                .request(MediaType.APPLICATION_XML)
                .get(AvailableNpaNxxXml.class);
        List<NpaNxxAvailability> out = new ArrayList<>();
        for (AvailableNpaNxxXml.Row row : xml.rows) {
            out.add(new NpaNxxAvailability(row.npa, row.nxx, row.city, row.quantity));
        }
        return out;
    }

    /** Countrywide variant, already carrying the country filter. */
    public List<String> availableByState(String state, int quantity) {
        return account.path(AVAILABLE_NUMBERS)
                .queryParam(COUNTRY_CODE_A3, countryCodeA3)
                .queryParam("state", state)
                .queryParam(QUANTITY, quantity)
                .request(MediaType.APPLICATION_XML)
                .get(SearchResultXml.class)
                .telephoneNumbers;
    }
}
