package net.kestrelwave.numops.cli;

import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.dashboard.DashboardEndpoints;
import net.kestrelwave.numops.dashboard.DashboardHttp;
import net.kestrelwave.numops.dashboard.model.NpaNxxXml;
import net.kestrelwave.numops.dashboard.model.SearchResultXml;
import net.kestrelwave.numops.sdk.SdkNumberService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "search", description = "Search the Dashboard for available numbers in an area code.")
public class SearchCommand implements Callable<Integer> {

    @ParentCommand
    NumctlApp app;

    @Option(names = {"-a", "--area-code"}, required = true, description = "Three-digit area code, e.g. 919")
    String areaCode;

    @Option(names = {"-q", "--quantity"}, defaultValue = "10")
    int quantity;

    @Option(names = "--exchanges", description = "List exchanges (NPA-NXX) with stock instead of numbers")
    boolean exchanges;

    @Option(names = "--sdk", description = "Go through the Iris SDK instead of raw HTTP")
    boolean sdk;

    @Option(names = "--rate-center", description = "Narrow the search to one rate center")
    String rateCenter;

    @Override
    public Integer call() throws Exception {
        if (exchanges) {
            return sdk ? sdkExchanges() : listExchanges();
        }
        if (sdk) {
            new SdkNumberService(app.iris()).searchByAreaCode(areaCode, quantity).forEach(System.out::println);
            return 0;
        }
        DashboardHttp http = app.http();
        URI uri = rateCenter != null ? narrowSearch(http) : http.accountUri("availableNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", String.valueOf(quantity))
                .addParameter("enableTNDetail", "false")
                .build();
        SearchResultXml result = app.xml().readValue(http.get(uri), SearchResultXml.class);
        for (String tn : result.getTelephoneNumbers()) {
            System.out.println("+1" + tn);
        }
        System.out.printf("%d of %d shown%n", result.getTelephoneNumbers().size(), result.getResultCount());
        return 0;
    }

    private URI narrowSearch(DashboardHttp http) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("areaCode", areaCode);
        filters.put("rateCenter", rateCenter);
        filters.put("quantity", String.valueOf(quantity));
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            query.append(query.length() == 0 ? '?' : '&')
                    .append(f.getKey()).append('=')
                    .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return URI.create(app.paths().account("availableNumbers") + query);
    }

    /** Plain string version used by the Nagios check, which has no URIBuilder on its path. */
    public static String checkUrl(String base, String accountId, String areaCode, int quantity) {
        return base + String.format(DashboardEndpoints.AVAILABLE_BY_AREA_CODE, accountId, areaCode, quantity);
    }

    private int listExchanges() throws Exception {
        DashboardHttp http = app.http();
        URI uri = http.accountUri("availableNpaNxx")
                .setParameter("areaCode", areaCode)
                .build();
        NpaNxxXml.ListXml list = app.xml().readValue(http.get(uri), NpaNxxXml.ListXml.class);
        for (NpaNxxXml block : list.getBlocks()) {
            if (block.getNpa() < 200 || block.getNpa() > 999) {
                continue;
            }
            System.out.printf("%d-%03d  %-20s %s  %d available%n", block.getNpa(), block.getNxx(), block.getCity(),
                    block.getState(), block.getQuantity());
        }
        return 0;
    }

    private int sdkExchanges() throws Exception {
        List<AvailableNpaNxx> blocks = new SdkNumberService(app.iris()).exchanges(areaCode);
        for (AvailableNpaNxx block : blocks) {
            int npa = Integer.parseInt(block.getNpa());
            System.out.printf("%d-%s  %s  %d available%n", npa, block.getNxx(), block.getCity(), block.getQuantity());
        }
        return 0;
    }
}
