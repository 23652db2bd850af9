package net.corvalink.numbering.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import net.corvalink.numbering.workflows.PortInWorkflow;

import java.util.List;

@ActivityInterface
public interface PortingActivities {

    @ActivityMethod
    List<String> portableNumbers(List<String> tns);

    @ActivityMethod
    String submitPortIn(PortInWorkflow.Request request);

    @ActivityMethod
    String portInStatus(String orderId);

    @ActivityMethod
    void assignToSipPeer(List<String> tns, boolean smsEnabled);

    @ActivityMethod
    boolean labNumberPortable();
}
