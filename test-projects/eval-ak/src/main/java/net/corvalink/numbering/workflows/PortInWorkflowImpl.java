package net.corvalink.numbering.workflows;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import net.corvalink.numbering.activities.HostedMessagingActivities;
import net.corvalink.numbering.activities.PortingActivities;
import net.corvalink.numbering.activities.SipPeerActivities;
import org.slf4j.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

public class PortInWorkflowImpl implements PortInWorkflow {

    private static final Logger log = Workflow.getLogger(PortInWorkflowImpl.class);

    private final ActivityOptions options = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofMinutes(2))
            .setRetryOptions(RetryOptions.newBuilder().setMaximumInterval(Duration.ofMinutes(10)).build())
            .build();

    private final PortingActivities porting = Workflow.newActivityStub(PortingActivities.class, options);
    private final SipPeerActivities sipPeers = Workflow.newActivityStub(SipPeerActivities.class, options);
    private final HostedMessagingActivities hosted = Workflow.newActivityStub(HostedMessagingActivities.class, options);

    private String lastStatus = "NEW";
    private String focDate;
    private final List<String> completed = new ArrayList<>();

    @Override
    public Result portIn(Request request) {
        List<String> portable = porting.portableNumbers(request.numbers());
        List<String> rejected = new ArrayList<>(request.numbers());
        rejected.removeAll(portable);
        if (portable.isEmpty()) {
            return new Result(null, "NOT_PORTABLE", List.of(), rejected);
        }

        Request portableOnly = new Request(request.customerId(), request.businessName(),
                request.billingTelephoneNumber(), portable, request.houseNumber(), request.streetName(),
                request.city(), request.stateCode(), request.zip(), request.loaAuthorizingPerson(),
                request.requestedFocDate(), request.enableSms(), request.hostedMessaging());
        String orderId = porting.submitPortIn(portableOnly);

        // FOC usually arrives within a week; poll once a day in case a callback gets lost
        while (!"COMPLETE".equals(lastStatus) && !"CANCELLED".equals(lastStatus)) {
            boolean signalled = Workflow.await(Duration.ofDays(1), () -> "COMPLETE".equals(lastStatus));
            if (!signalled) {
                lastStatus = porting.portInStatus(orderId);
            }
        }
        if ("CANCELLED".equals(lastStatus)) {
            return new Result(orderId, lastStatus, List.of(), rejected);
        }
        log.info("port-in {} completed, FOC {}", orderId, focDate);

        List<String> ported = completed.isEmpty() ? portable : List.copyOf(completed);
        porting.assignToSipPeer(ported, request.enableSms());
        if (request.enableSms()) {
            for (String tn : ported) {
                sipPeers.setSms(tn, true);
            }
        }
        if (request.hostedMessaging()) {
            hosted.importNumbers(request.customerId() + "-hm", ported, request.loaAuthorizingPerson());
        }
        return new Result(orderId, lastStatus, ported, rejected);
    }

    @Override
    public void portInNotification(String status, String focDate, List<String> completedNumbers) {
        this.lastStatus = status;
        this.focDate = focDate;
        if (completedNumbers != null) {
            completed.addAll(completedNumbers);
        }
    }
}
