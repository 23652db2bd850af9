package net.kestrelcable.provisioning.ordering;

import java.util.List;
import java.util.Map;

import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.dashboard.DashboardClient;
import net.kestrelcable.provisioning.dashboard.NumberSearchApi;
import net.kestrelcable.provisioning.dashboard.xml.InserviceNumbersPayload;
import net.kestrelcable.provisioning.dashboard.xml.NpaNxxPayload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps a pool of spare in-service numbers per market so activations do not wait on an order.
 */
@Component
public class MarketPoolMonitor {

    private static final Logger log = LoggerFactory.getLogger(MarketPoolMonitor.class);

    private final NumberSearchApi searchApi;
    private final DashboardClient dashboard;
    private final MarketAreaCodes markets;
    private final NumberOrderService orders;
    private final DashboardProperties props;

    public MarketPoolMonitor(NumberSearchApi searchApi, DashboardClient dashboard, MarketAreaCodes markets,
                             NumberOrderService orders, DashboardProperties props) {
        this.searchApi = searchApi;
        this.dashboard = dashboard;
        this.markets = markets;
        this.orders = orders;
        this.props = props;
    }

    @Scheduled(cron = "${kestrel.pool.cron:0 30 * * * *}")
    public void topUp() {
        for (String code : markets.marketCodes()) {
            MarketAreaCodes.Market market = markets.market(code);
            for (int npa : market.npas()) {
                InserviceNumbersPayload inService = code.equals("SJU")
                        ? searchApi.inServiceByCountry(props.accountId(), "PRI", String.valueOf(npa))
                        : searchApi.inService(props.accountId(), String.valueOf(npa), 1, 500);
                long inArea = inService.all().stream().filter(tn -> tn / 10_000_000L == npa).count();
                long missing = market.poolTarget() - inArea;
                if (missing > 0) {
                    log.info("Market {} NPA {} below pool target by {}", code, npa, missing);
                    orders.orderAnyInAreaCode("POOL-" + code + "-" + npa, npa, (int) Math.min(missing, 50));
                }
            }
        }
    }

    /**
     * Exchanges (NXX) of an area code that still have numbers, for the "pick your number" page.
     */
    public List<String> exchangesWithStock(int npa) {
        NpaNxxPayload payload = dashboard.availableNpaNxx(String.valueOf(npa));
        if (payload == null || payload.entries() == null) {
            return List.of();
        }
        return payload.entries().stream()
                .filter(e -> e.npa() == npa && e.quantity() > 0)
                .map(NpaNxxPayload.Entry::nxx)
                .toList();
    }

    public int siteCount(String siteId, int npa) {
        InserviceNumbersPayload page = searchApi.siteInService(props.accountId(), siteId,
                Map.of("areaCode", String.valueOf(npa), "size", "1"));
        return page.totalCount();
    }
}
