package net.corvalink.numbering.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

import java.util.List;

@ActivityInterface
public interface OrderActivities {

    record OrderStatus(String orderId, String status, List<String> completedNumbers, List<String> failedNumbers) {
        public boolean finished() {
            return "COMPLETE".equals(status) || "PARTIAL".equals(status) || "FAILED".equals(status);
        }
    }

    @ActivityMethod
    String placeOrder(String customerOrderId, String siteId, List<String> tns);

    @ActivityMethod
    String placeAreaCodeOrder(String customerOrderId, String siteId, String areaCode, int quantity);

    @ActivityMethod
    OrderStatus orderStatus(String orderId);

    @ActivityMethod
    List<String> orderHistory(String orderId);

    @ActivityMethod
    void recordCompleted(String customerId, String orderId, List<String> tns);

    @ActivityMethod
    String disconnect(String customerOrderId, List<String> tns);

    @ActivityMethod
    String smokeOrder();

    @ActivityMethod
    boolean dashboardHealthy();
}
