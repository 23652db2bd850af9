package io.kestrelvoice.numbering.dashboard.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kestrelvoice.numbering.dashboard.DashboardPaths;
import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.model.NpaNxxBlock;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Searches the Dashboard's available inventory.
 */
public class NumberSearchClient {

    private static final Pattern NPA_NXX = Pattern.compile(
            "<AvailableNpaNxx><City>([^<]*)</City><Npa>(\\d+)</Npa><Nxx>(\\d+)</Nxx><Quantity>(\\d+)</Quantity>");

    private final DashboardRestClient rest;

    public NumberSearchClient(DashboardRestClient rest) {
        this.rest = rest;
    }

    public List<String> searchByAreaCode(String areaCode, int quantity) {
        URI uri = UriComponentsBuilder.fromHttpUrl(rest.urls().availableNumbers())
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .build()
                .toUri();
        return TelephoneNumberXml.telephoneNumbers(rest.get(uri));
    }

    public List<String> searchByRateCenter(String rateCenter, String state, int quantity) {
        URI uri = UriComponentsBuilder.fromHttpUrl(rest.urls().availableNumbers())
                .queryParam("rateCenter", rateCenter)
                .queryParam("state", state)
                .queryParam("quantity", quantity)
                .queryParam("enableTNDetail", true)
                .build()
                .toUri();
        return TelephoneNumberXml.fullNumbers(rest.get(uri));
    }

    /** Quick stock check for the capacity report; numbers are not returned. */
    public int countAvailable(String areaCode) {
        String url = String.format("%s?areaCode=%s&quantity=%d&returnTelephoneNumberDetails=false",
                rest.urls().availableNumbers(), areaCode, 5000);
        String count = TelephoneNumberXml.element(rest.get(url), "ResultCount");
        return count == null ? 0 : Integer.parseInt(count);
    }

    /** Used by the UK/IE expansion: those searches always carry the country. */
    public List<String> searchInternational(String countryCodeA3, String areaCode, int quantity) {
        URI uri = UriComponentsBuilder.fromHttpUrl(rest.urls().availableNumbers())
                .queryParam("countryCodeA3", countryCodeA3)
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .build()
                .toUri();
        return TelephoneNumberXml.fullNumbers(rest.get(uri));
    }

    public List<NpaNxxBlock> npaNxxBlocks(String areaCode) {
        String body = rest.get(rest.urls().account(DashboardPaths.AVAILABLE_NPA_NXX) + "?areaCode=" + areaCode);
        List<NpaNxxBlock> blocks = new ArrayList<>();
        Matcher m = NPA_NXX.matcher(body);
        while (m.find()) {
            int npa = Integer.parseInt(m.group(2));
            blocks.add(new NpaNxxBlock(npa, m.group(3), m.group(1), Integer.parseInt(m.group(4))));
        }
        return blocks;
    }
}
