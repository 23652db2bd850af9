package net.kestrelwave.numops.cli;

import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.dashboard.DashboardHttp;
import net.kestrelwave.numops.dashboard.model.InserviceNumbersXml;
import net.kestrelwave.numops.db.InventoryDao;
import net.kestrelwave.numops.sdk.SdkNumberService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "inventory", description = "Pull the numbers in service from the Dashboard into the local store.")
public class InventoryCommand implements Callable<Integer> {

    @ParentCommand
    NumctlApp app;

    @Option(names = "--area-code", required = true)
    String areaCode;

    @Option(names = "--site", description = "Only numbers of this site (sub-account)")
    String siteId;

    @Option(names = "--blocks", description = "Print runs of consecutive numbers instead of syncing")
    boolean blocks;

    @Option(names = "--by-npa", description = "Count numbers per area code through the SDK")
    boolean byNpa;

    @Option(names = "--sites", description = "List the account's sites and exit")
    boolean listSites;

    @Override
    public Integer call() throws Exception {
        if (listSites) {
            System.out.println(app.http().get(URI.create("https://dashboard.bandwidth.com/api/v1/accounts/" + app.settings().accountId() + "/sites")));
            return 0;
        }
        if (byNpa) {
            Map<Integer, Integer> counts = new SdkNumberService(app.iris()).inServiceByNpa(areaCode);
            counts.forEach((npa, count) -> System.out.printf("%d: %d%n", npa, count));
            return 0;
        }
        List<String> numbers = siteId == null ? accountNumbers() : siteNumbers();
        if (blocks) {
            printBlocks(numbers);
            return 0;
        }
        InventoryDao dao = new InventoryDao(app.database());
        int synced = 0;
        for (String tn : numbers) {
            if (tn.length() != 10) {
                System.err.println("Skipping malformed number " + tn);
                continue;
            }
            dao.upsert(tn, siteId == null ? app.settings().siteId() : siteId, "INSERVICE");
            synced++;
        }
        System.out.println("Synced " + synced + " numbers");
        return 0;
    }

    private List<String> accountNumbers() throws Exception {
        String base = app.settings().dashboardBaseUrl();
        URI uri = URI.create(base + "/accounts/" + app.settings().accountId() + "/inserviceNumbers?areacode=" + areaCode + "&page=1&size=500");
        return app.xml().readValue(app.http().get(uri), InserviceNumbersXml.class).numbers();
    }

    private List<String> siteNumbers() throws Exception {
        DashboardHttp http = app.http();
        URI uri = http.accountUri("sites", siteId, "inserviceNumbers")
                .addParameter("areacode", areaCode)
                .addParameter("size", "500")
                .build();
        return app.xml().readValue(http.get(uri), InserviceNumbersXml.class).numbers();
    }

    private static void printBlocks(List<String> numbers) {
        List<long[]> runs = new ArrayList<>();
        long start = -1;
        long prev = -1;
        for (String tn : numbers.stream().sorted().toList()) {
            long n = Long.parseLong(tn);
            if (n != prev + 1) {
                if (start >= 0) {
                    runs.add(new long[]{start, prev});
                }
                start = n;
            }
            prev = n;
        }
        if (start >= 0) {
            runs.add(new long[]{start, prev});
        }
        for (long[] run : runs) {
            System.out.println(run[0] == run[1] ? Long.toString(run[0]) : run[0] + " - " + run[1]);
        }
    }
}
