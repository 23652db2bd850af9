package net.pinecrest.numbertool.cli;

import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.DashboardApi;
import net.pinecrest.numbertool.dashboard.DashboardHttpClient;
import net.pinecrest.numbertool.dashboard.DashboardRetrofitFactory;
import net.pinecrest.numbertool.inventory.InventorySyncService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "sync", description = "Copy in-service numbers from the Dashboard into the NOC database.")
public class SyncCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--area-code", split = ",", defaultValue = "804,434,540")
    List<String> areaCodes;

    @Option(names = "--count-only", description = "Only count the in-service numbers, do not write.")
    boolean countOnly;

    @Override
    public Integer call() throws Exception {
        ToolConfig config = global.config();
        if (countOnly) {
            try (DashboardHttpClient http = new DashboardHttpClient(config)) {
                System.out.println(http.inserviceForAll(areaCodes).size() + " numbers in service");
            }
            return 0;
        }
        DashboardApi api = DashboardRetrofitFactory.create(config).create(DashboardApi.class);
        InventorySyncService sync = new InventorySyncService(api, Support.dao(config), config.accountId(),
                config.siteId(), config.pageSize(), Clock.systemUTC());
        for (String npa : areaCodes) {
            Map<Integer, Integer> counts = sync.sync(npa);
            System.out.println(npa + ": " + counts);
        }
        return 0;
    }
}
