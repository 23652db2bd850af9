package net.harborlinecarrier.tnvault.core;

import java.util.Comparator;
import java.util.List;
import net.harborlinecarrier.tnvault.config.DashboardConfiguration;
import net.harborlinecarrier.tnvault.dashboard.NumberSearchClient;
import net.harborlinecarrier.tnvault.dashboard.OrderClient;
import net.harborlinecarrier.tnvault.db.PortOrderDao;
import net.harborlinecarrier.tnvault.db.TelephoneNumberDao;

/** What the portal resources call: search, reserve and order numbers for a wholesale customer. */
public class TnInventoryService {

    private final NumberSearchClient search;
    private final OrderClient orders;
    private final TelephoneNumberDao tns;
    private final PortOrderDao portOrders;
    private final DashboardConfiguration dashboard;

    public TnInventoryService(NumberSearchClient search, OrderClient orders, TelephoneNumberDao tns,
                              PortOrderDao portOrders, DashboardConfiguration dashboard) {
        this.search = search;
        this.orders = orders;
        this.tns = tns;
        this.portOrders = portOrders;
        this.dashboard = dashboard;
    }

    /** Spare numbers in our own pool first, then what the Dashboard offers. */
    public List<String> spare(Integer areaCode, int quantity) {
        int npa = areaCode != null ? areaCode : dashboard.getDefaultAreaCode();
        List<String> ours = tns.findSpare(npa, quantity).stream().map(TnRecord::tn).toList();
        if (ours.size() >= quantity) {
            return ours;
        }
        List<String> offered = search.availableByAreaCode(String.valueOf(npa), quantity - ours.size());
        List<String> nanp = offered.stream()
                .filter(tn -> tn.length() == 10)
                .toList();
        return java.util.stream.Stream.concat(ours.stream(), nanp.stream()).toList();
    }

    /** Exchanges with stock, biggest first. The Dashboard sometimes returns overlay NPAs too. */
    public List<NpaNxxAvailability> exchanges(int areaCode) {
        return search.exchanges(String.valueOf(areaCode)).stream()
                .filter(row -> row.npa() == areaCode)
                .sorted(Comparator.comparingInt(NpaNxxAvailability::quantity).reversed())
                .toList();
    }

    public String order(String customerId, List<String> tnsToOrder) {
        String customerOrderId = "HBL-" + customerId + "-" + System.currentTimeMillis();
        String orderId = orders.orderNumbers(tnsToOrder, customerOrderId);
        portOrders.insert(customerId, orderId, "orders");
        return orderId;
    }

    public String orderAnywhere(String customerId, int areaCode, int quantity) {
        String orderId = orders.orderByAreaCode(Integer.toString(areaCode), quantity, "HBL-" + customerId);
        portOrders.insert(customerId, orderId, "orders");
        return orderId;
    }
}
