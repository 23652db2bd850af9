package net.corvalink.numbering.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

import java.util.List;

@ActivityInterface
public interface SubscriptionActivities {

    @ActivityMethod
    String subscribeOrderCallbacks(String orderType);

    @ActivityMethod
    String subscribeFromTemplate(String orderType);

    @ActivityMethod
    String subscribeWithSdk(String orderType);

    @ActivityMethod
    String subscribeOpsDigest(String orderType);

    @ActivityMethod
    String requestInventoryReport(String reportId);

    @ActivityMethod
    String requestReportFromTemplate(String reportId);

    @ActivityMethod
    String requestDisconnectReport(String reportId);

    @ActivityMethod
    List<String> downloadInventoryReport(String reportId, String instanceId);
}
