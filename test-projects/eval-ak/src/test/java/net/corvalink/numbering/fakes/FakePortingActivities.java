package net.corvalink.numbering.fakes;

import net.corvalink.numbering.activities.HostedMessagingActivities;
import net.corvalink.numbering.activities.PortingActivities;
import net.corvalink.numbering.activities.SipPeerActivities;
import net.corvalink.numbering.workflows.PortInWorkflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

public class FakePortingActivities implements PortingActivities, SipPeerActivities, HostedMessagingActivities {

    /** Numbers the fake losing carrier refuses to release. */
    public Set<String> notPortable = Set.of("7045550199");
    public final List<String> smsEnabled = new CopyOnWriteArrayList<>();
    public final List<String> imported = new CopyOnWriteArrayList<>();
    public final List<PortInWorkflow.Request> submitted = new CopyOnWriteArrayList<>();
    public String statusAnswer = "FOC";

    @Override
    public List<String> portableNumbers(List<String> tns) {
        List<String> out = new ArrayList<>(tns);
        out.removeAll(notPortable);
        return out;
    }

    @Override
    public String submitPortIn(PortInWorkflow.Request request) {
        submitted.add(request);
        return "d28b36f7-fa96-49eb-9556-a40fca49f7c6";
    }

    @Override
    public String portInStatus(String orderId) {
        return statusAnswer;
    }

    @Override
    public void assignToSipPeer(List<String> tns, boolean smsEnabled) {
    }

    @Override
    public boolean labNumberPortable() {
        return true;
    }

    @Override
    public void setSms(String tn, boolean enabled) {
        if (enabled) {
            smsEnabled.add(tn);
        }
    }

    @Override
    public void disableSms(List<String> tns) {
        smsEnabled.removeAll(tns);
    }

    @Override
    public void setSmsFromTemplate(String tn, boolean enabled) {
        setSms(tn, enabled);
    }

    @Override
    public void assignWithSms(String siteId, String sipPeerId, String tn) {
        setSms(tn, true);
    }

    @Override
    public void setCallForward(String tn, String forwardTo) {
    }

    @Override
    public String setSmsWithTnOption(List<String> tns, boolean enabled) {
        tns.forEach(tn -> setSms(tn, enabled));
        return "tnoption-1";
    }

    @Override
    public void moveLabNumbers(String targetSipPeerId) {
    }

    @Override
    public List<String> sipPeerNumbersE164() {
        return List.of("+17045550193", "+17045550194");
    }

    @Override
    public List<String> notImportable(List<String> tns) {
        return tns.stream().filter(notPortable::contains).toList();
    }

    @Override
    public String importNumbers(String customerOrderId, List<String> tns, String loaAuthorizingPerson) {
        imported.addAll(tns);
        return "import-1";
    }

    @Override
    public String importNumbersRaw(String customerOrderId, List<String> tns, String loaAuthorizingPerson) {
        return importNumbers(customerOrderId, tns, loaAuthorizingPerson);
    }

    @Override
    public String importStatus(String orderId) {
        return "COMPLETE";
    }

    @Override
    public List<String> importHistory(String orderId) {
        return List.of();
    }

    @Override
    public List<String> pendingImports() {
        return List.of();
    }

    @Override
    public String removeNumbers(String customerOrderId, List<String> tns) {
        imported.removeAll(tns);
        return "remove-1";
    }

    @Override
    public String removeNumbersRaw(String customerOrderId, List<String> tns) {
        return removeNumbers(customerOrderId, tns);
    }

    @Override
    public List<String> pendingRemovals() {
        return List.of();
    }

    @Override
    public String addExternalTns(String customerOrderId, List<String> tns) {
        imported.addAll(tns);
        return "external-1";
    }

    @Override
    public String externalTnsStatus(String orderId) {
        return "COMPLETE";
    }

    @Override
    public String importVoiceNumbers(String customerOrderId, List<String> tns) {
        return "voice-import-1";
    }
}
