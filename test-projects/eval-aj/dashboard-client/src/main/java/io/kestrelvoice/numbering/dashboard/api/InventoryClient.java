package io.kestrelvoice.numbering.dashboard.api;

import java.util.List;
import java.util.stream.Collectors;

import io.kestrelvoice.numbering.dashboard.DashboardPaths;
import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;

/**
 * Reads what is in service on the account.
 */
public class InventoryClient {

    private final DashboardRestClient rest;

    public InventoryClient(DashboardRestClient rest) {
        this.rest = rest;
    }

    public List<String> inServiceNumbers(String areaCode) {
        String url = rest.urls().account(DashboardPaths.IN_SERVICE_NUMBERS) + "?areacode=" + areaCode + "&size=500";
        return TelephoneNumberXml.telephoneNumbers(rest.get(url)).stream()
                .filter(tn -> tn.length() == 10)
                .collect(Collectors.toList());
    }

    public List<String> inServiceNumbersPage(int page, int size) {
        String url = String.format("%s%s?page=%d&size=%d",
                rest.urls().account(), DashboardPaths.IN_SERVICE_NUMBERS, page, size);
        return TelephoneNumberXml.telephoneNumbers(rest.get(url));
    }

    public int inServiceCount() {
        String body = rest.get(rest.urls().account(DashboardPaths.IN_SERVICE_NUMBERS + "/totals"));
        return Integer.parseInt(TelephoneNumberXml.element(body, "Count"));
    }

    /** Details of one number (status, site, peer). */
    public String tnDetails(String tn) {
        return rest.get(rest.urls().account(DashboardPaths.TNS) + "/" + tn + "/tndetails");
    }
}
