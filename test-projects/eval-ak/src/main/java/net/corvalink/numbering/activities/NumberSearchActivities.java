package net.corvalink.numbering.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

import java.util.List;

@ActivityInterface
public interface NumberSearchActivities {

    @ActivityMethod
    List<String> searchAvailable(String areaCode, int quantity);

    @ActivityMethod
    List<String> searchAvailableWithSdk(String areaCode, int quantity);

    @ActivityMethod
    List<String> exchangesWithStock(String areaCode);

    @ActivityMethod
    List<String> inserviceNumbers(String areaCode);

    @ActivityMethod
    List<String> inserviceNumbersForSite(String siteId, String areaCode);
}
