package net.tallgrasstel.backoffice.porting;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.LnpOrder;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls open port-ins until they reach a final state and tells the region's field team. */
public class PortStatusPoller {

    private static final Logger log = LoggerFactory.getLogger(PortStatusPoller.class);
    private static final Set<String> FINAL = Set.of("COMPLETE", "CANCELLED", "EXCEPTION");

    private final IrisClient client;
    private final String accountId;

    public PortStatusPoller(IrisClient client, String accountId) {
        this.client = client;
        this.accountId = accountId;
    }

    public Flowable<LnpOrderResponse> watch(String orderId) {
        return Flowable.interval(0, 15, TimeUnit.MINUTES, Schedulers.io())
                .map(tick -> LnpOrder.get(client, orderId))
                .takeUntil((LnpOrderResponse o) -> FINAL.contains(o.getProcessingStatus()))
                .doOnNext(o -> log.info("Port-in {} is {}", orderId, o.getProcessingStatus()));
    }

    /** Field teams are organised by area code of the billing number. */
    public String fieldTeamFor(LnpOrderResponse order) {
        String npa = order.getBillingTelephoneNumber().substring(0, 3);
        return switch (npa) {
            case "316", "620" -> "south-central";
            case "785" -> "north";
            case "913" -> "metro";
            default -> "unassigned";
        };
    }

    /**
     * Deep link for the ops console. The porting desk used to paste links like
     * https://dashboard.bandwidth.com/api/accounts/9900778/portins/{orderId} by hand.
     */
    public URI consoleLink(String orderId) throws URISyntaxException {
        return new URI("https", "dashboard.bandwidth.com", "/api/accounts/" + accountId + "/portins/" + orderId, null);
    }
}
