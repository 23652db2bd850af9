package net.pinecrest.numbertool.cli;

import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.DashboardApi;
import net.pinecrest.numbertool.dashboard.DashboardRetrofitFactory;
import net.pinecrest.numbertool.dashboard.OkDashboardClient;
import net.pinecrest.numbertool.dashboard.xml.NpaNxxEntry;
import net.pinecrest.numbertool.dashboard.xml.SearchResultXml;
import net.pinecrest.numbertool.sdk.IrisClientFactory;
import net.pinecrest.numbertool.sdk.IrisNumberSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", description = "Find spare numbers in an area code.")
public class SearchCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = {"-a", "--area-code"}, required = true, paramLabel = "NPA", description = "Area code, e.g. 804.")
    int areaCode;

    @Option(names = {"-n", "--quantity"}, defaultValue = "10")
    int quantity;

    @Option(names = "--via", defaultValue = "retrofit", description = "retrofit, sdk or blocks.")
    String via;

    @Override
    public Integer call() throws Exception {
        ToolConfig config = global.config();
        String npa = Integer.toString(areaCode);
        switch (via) {
            case "sdk" -> {
                IrisNumberSearch search = new IrisNumberSearch(IrisClientFactory.create(config), config.countryCodeA3());
                search.availableInAreaCode(npa, quantity).forEach(System.out::println);
            }
            case "blocks" -> {
                OkDashboardClient client = new OkDashboardClient(Support.okHttp(), config);
                List<NpaNxxEntry> entries = client.availableNpaNxx(npa, quantity);
                for (NpaNxxEntry e : entries) {
                    System.out.printf("%d-%s  %-20s %3d%n", e.npa(), e.nxx(), e.city(), e.quantity());
                }
            }
            default -> {
                DashboardApi api = DashboardRetrofitFactory.create(config).create(DashboardApi.class);
                SearchResultXml result = api.searchAvailable(config.accountId(), npa, quantity).execute().body();
                if (result == null) {
                    System.err.println("no answer from the Dashboard");
                    return 2;
                }
                result.numbersOrEmpty().forEach(System.out::println);
            }
        }
        return 0;
    }
}
