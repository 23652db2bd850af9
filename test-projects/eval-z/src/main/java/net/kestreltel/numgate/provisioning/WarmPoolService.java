package net.kestreltel.numgate.provisioning;

import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.config.KestrelProperties;
import net.kestreltel.numgate.dashboard.DashboardPaths;
import net.kestreltel.numgate.dashboard.DashboardXmlCodec;
import net.kestreltel.numgate.dashboard.xml.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Logs how much stock the Dashboard has in each of our area codes, so that sales can be warned
 * before an area code runs dry.
 */
@Service
public class WarmPoolService {

    private static final Logger log = LoggerFactory.getLogger(WarmPoolService.class);

    private final WebClient dashboard;
    private final DashboardProperties props;
    private final KestrelProperties.Inventory inventory;
    private final DashboardXmlCodec xml;

    public WarmPoolService(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard, DashboardProperties props,
                           KestrelProperties.Inventory inventory, DashboardXmlCodec xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.inventory = inventory;
        this.xml = xml;
    }

    @Scheduled(cron = "0 0 6 * * MON-FRI")
    public void reportStock() {
        Flux.fromIterable(inventory.areaCodes())
                .concatMap(ac -> dashboard.get()
                        .uri(DashboardPaths.AVAILABLE_NUMBERS + "?areaCode=" + ac + "&quantity=" + inventory.warmPoolPerAreaCode(),
                                props.accountId())
                        .retrieve()
                        .bodyToMono(String.class)
                        .map(body -> xml.read(body, SearchResult.class).resultCount())
                        .doOnNext(count -> {
                            if (count < inventory.warmPoolPerAreaCode()) {
                                log.warn("Area code {} is running low: {} numbers available", ac, count);
                            }
                        }))
                .subscribe();
    }
}
