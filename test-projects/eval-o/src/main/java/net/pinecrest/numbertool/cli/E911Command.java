package net.pinecrest.numbertool.cli;

import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.AddressApi;
import net.pinecrest.numbertool.dashboard.DashboardHttpClient;
import net.pinecrest.numbertool.dashboard.DashboardRetrofitFactory;
import net.pinecrest.numbertool.dashboard.xml.E911Address;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "e911", description = "List the E911 service addresses on the account (911 audit).")
public class E911Command implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(E911Command.class);

    @Mixin
    GlobalOptions global;

    @Option(names = "--id", description = "Show one address.")
    String addressId;

    @Option(names = "--raw", description = "Use the plain HTTP client (for debugging the XML).")
    boolean raw;

    @Override
    public Integer call() throws Exception {
        ToolConfig config = global.config();
        if (raw) {
            try (DashboardHttpClient http = new DashboardHttpClient(config)) {
                List<E911Address> all = addressId == null ? http.listAddresses() : List.of(http.address(addressId));
                all.forEach(a -> System.out.println(a.addressId() + "  " + a.oneLine()));
            }
            return 0;
        }
        AddressApi api = DashboardRetrofitFactory.create(config).create(AddressApi.class);
        if (addressId != null) {
            E911Address a = api.get(config.accountId(), addressId).execute().body();
            System.out.println(a == null ? "not found" : a.oneLine());
            return a == null ? 1 : 0;
        }
        int page = 1;
        int seen = 0;
        E911Address.Page result;
        do {
            result = api.list(config.accountId(), page++, 100).execute().body();
            if (result == null || result.addresses() == null) {
                break;
            }
            for (E911Address a : result.addresses()) {
                System.out.println(a.addressId() + "  " + a.oneLine());
                seen++;
            }
        } while (seen < result.totalCount());
        log.info("GET /accounts/{}/addresses returned {} addresses", config.accountId(), seen);
        return 0;
    }
}
