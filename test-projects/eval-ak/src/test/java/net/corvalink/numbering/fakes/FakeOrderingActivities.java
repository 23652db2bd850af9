package net.corvalink.numbering.fakes;

import net.corvalink.numbering.activities.CustomerContactActivities;
import net.corvalink.numbering.activities.NumberSearchActivities;
import net.corvalink.numbering.activities.OrderActivities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hand-written stand-in for the Dashboard-facing activities of the ordering
 * workflow. Answers look like what the Dashboard sends back today.
 */
public class FakeOrderingActivities implements NumberSearchActivities, OrderActivities, CustomerContactActivities {

    public final List<String> availableInArea = new ArrayList<>(List.of("9195550131", "9195550132", "9195550133"));
    public final List<String> placedOrders = new CopyOnWriteArrayList<>();
    public final List<String> texts = new CopyOnWriteArrayList<>();
    public final List<String> recorded = new CopyOnWriteArrayList<>();
    public int pollsUntilComplete = 2;

    private final AtomicInteger polls = new AtomicInteger();
    private List<String> lastOrdered = List.of();

    @Override
    public List<String> searchAvailable(String areaCode, int quantity) {
        return availableInArea.subList(0, Math.min(quantity, availableInArea.size()));
    }

    @Override
    public List<String> searchAvailableWithSdk(String areaCode, int quantity) {
        return searchAvailable(areaCode, quantity);
    }

    @Override
    public List<String> exchangesWithStock(String areaCode) {
        return List.of(areaCode + "-555");
    }

    @Override
    public List<String> inserviceNumbers(String areaCode) {
        return List.of("9195550101", "9195550102");
    }

    @Override
    public List<String> inserviceNumbersForSite(String siteId, String areaCode) {
        return inserviceNumbers(areaCode);
    }

    @Override
    public String placeOrder(String customerOrderId, String siteId, List<String> tns) {
        placedOrders.add(customerOrderId);
        lastOrdered = List.copyOf(tns);
        return "47955555-67aa-4adb-8c0f-b6894e60c0dc";
    }

    @Override
    public String placeAreaCodeOrder(String customerOrderId, String siteId, String areaCode, int quantity) {
        placedOrders.add(customerOrderId);
        lastOrdered = List.of("9195550140");
        return "6b6fd5c2-21a4-4e5b-9d2b-0a87d1d1e1a2";
    }

    @Override
    public OrderStatus orderStatus(String orderId) {
        if (polls.incrementAndGet() < pollsUntilComplete) {
            return new OrderStatus(orderId, "RECEIVED", List.of(), List.of());
        }
        return new OrderStatus(orderId, "COMPLETE", lastOrdered, List.of());
    }

    @Override
    public List<String> orderHistory(String orderId) {
        return Collections.emptyList();
    }

    @Override
    public void recordCompleted(String customerId, String orderId, List<String> tns) {
        recorded.addAll(tns);
    }

    @Override
    public String disconnect(String customerOrderId, List<String> tns) {
        return "disconnect-1";
    }

    @Override
    public String smokeOrder() {
        return "smoke-1";
    }

    @Override
    public boolean dashboardHealthy() {
        return true;
    }

    @Override
    public void textCustomer(String customerContactNumber, String text) {
        texts.add(customerContactNumber + ": " + text);
    }

    @Override
    public void callCustomer(String customerContactNumber, String answerUrl) {
    }

    @Override
    public void attachNumbersInPortal(String customerId, List<String> tns, String areaCode) {
    }

    @Override
    public void recordE911InPortal(String customerId, String addressId) {
    }
}
