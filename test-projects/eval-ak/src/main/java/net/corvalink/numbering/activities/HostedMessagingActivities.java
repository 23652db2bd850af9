package net.corvalink.numbering.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

import java.util.List;

@ActivityInterface
public interface HostedMessagingActivities {

    @ActivityMethod
    List<String> notImportable(List<String> tns);

    @ActivityMethod
    String importNumbers(String customerOrderId, List<String> tns, String loaAuthorizingPerson);

    @ActivityMethod
    String importNumbersRaw(String customerOrderId, List<String> tns, String loaAuthorizingPerson);

    @ActivityMethod
    String importStatus(String orderId);

    @ActivityMethod
    List<String> importHistory(String orderId);

    @ActivityMethod
    List<String> pendingImports();

    @ActivityMethod
    String removeNumbers(String customerOrderId, List<String> tns);

    @ActivityMethod
    String removeNumbersRaw(String customerOrderId, List<String> tns);

    @ActivityMethod
    List<String> pendingRemovals();

    @ActivityMethod
    String addExternalTns(String customerOrderId, List<String> tns);

    @ActivityMethod
    String externalTnsStatus(String orderId);

    @ActivityMethod
    String importVoiceNumbers(String customerOrderId, List<String> tns);
}
