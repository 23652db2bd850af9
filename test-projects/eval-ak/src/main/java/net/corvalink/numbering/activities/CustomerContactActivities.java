package net.corvalink.numbering.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

import java.util.List;

@ActivityInterface
public interface CustomerContactActivities {

    @ActivityMethod
    void textCustomer(String customerContactNumber, String text);

    @ActivityMethod
    void callCustomer(String customerContactNumber, String answerUrl);

    @ActivityMethod
    void attachNumbersInPortal(String customerId, List<String> tns, String areaCode);

    @ActivityMethod
    void recordE911InPortal(String customerId, String addressId);
}
