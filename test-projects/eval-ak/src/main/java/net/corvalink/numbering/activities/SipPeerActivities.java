package net.corvalink.numbering.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

import java.util.List;

@ActivityInterface
public interface SipPeerActivities {

    @ActivityMethod
    void setSms(String tn, boolean enabled);

    @ActivityMethod
    void disableSms(List<String> tns);

    @ActivityMethod
    void setSmsFromTemplate(String tn, boolean enabled);

    @ActivityMethod
    void assignWithSms(String siteId, String sipPeerId, String tn);

    @ActivityMethod
    void setCallForward(String tn, String forwardTo);

    @ActivityMethod
    String setSmsWithTnOption(List<String> tns, boolean enabled);

    @ActivityMethod
    void moveLabNumbers(String targetSipPeerId);

    @ActivityMethod
    List<String> sipPeerNumbersE164();
}
