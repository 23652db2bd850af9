package net.harborlight.numops.batch;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import net.harborlight.numops.dashboard.DashboardRestGateway;
import org.springframework.batch.item.ItemReader;

/**
 * Pages through the orders modified since a date (raw listing), then loads each order through
 * the SDK so the processor gets the typed model.
 */
public class DashboardOrderItemReader implements ItemReader<OrderResponse> {

    /** No cap unless the job parameter sets one. */
    public static final long NO_LIMIT = 2147483647L;

    private static final Pattern ORDER_ID = Pattern.compile("<orderId>([^<]+)</orderId>");
    private static final int PAGE_SIZE = 500;

    private final DashboardRestGateway gateway;
    private final IrisClient irisClient;
    private final LocalDate modifiedSince;
    private final long limit;

    private final Deque<String> pending = new ArrayDeque<>();
    private int page = 1;
    private boolean exhausted;
    private long read;

    public DashboardOrderItemReader(DashboardRestGateway gateway, IrisClient irisClient,
                                    LocalDate modifiedSince, Long limit) {
        this.gateway = gateway;
        this.irisClient = irisClient;
        this.modifiedSince = modifiedSince;
        this.limit = limit == null ? NO_LIMIT : limit;
    }

    @Override
    public OrderResponse read() throws Exception {
        if (read >= limit) {
            return null;
        }
        if (pending.isEmpty() && !exhausted) {
            String xml = gateway.listOrders(modifiedSince, page++, PAGE_SIZE);
            Matcher m = ORDER_ID.matcher(xml == null ? "" : xml);
            while (m.find()) {
                pending.add(m.group(1));
            }
            exhausted = pending.size() < PAGE_SIZE;
        }
        String orderId = pending.poll();
        if (orderId == null) {
            return null;
        }
        read++;
        return Order.get(irisClient, orderId);
    }
}
