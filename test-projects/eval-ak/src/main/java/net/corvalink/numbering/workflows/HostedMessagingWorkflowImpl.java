package net.corvalink.numbering.workflows;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import net.corvalink.numbering.activities.HostedMessagingActivities;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

public class HostedMessagingWorkflowImpl implements HostedMessagingWorkflow {

    private static final Set<String> DONE = Set.of("COMPLETE", "PARTIAL", "FAILED", "EXCEPTION");

    private final HostedMessagingActivities hosted = Workflow.newActivityStub(HostedMessagingActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build());

    @Override
    public Result run(Request request) {
        if (request.action() == Action.REMOVE) {
            String orderId = hosted.removeNumbers(request.customerOrderId(), request.numbers());
            return new Result(orderId, "RECEIVED", List.of());
        }

        List<String> skipped = hosted.notImportable(request.numbers());
        List<String> importable = new ArrayList<>(request.numbers());
        importable.removeAll(skipped);
        if (importable.isEmpty()) {
            return new Result(null, "NOTHING_TO_IMPORT", skipped);
        }

        String orderId = request.carrierLoa()
                ? hosted.addExternalTns(request.customerOrderId(), importable)
                : hosted.importNumbers(request.customerOrderId(), importable, request.loaAuthorizingPerson());

        String status = "RECEIVED";
        for (int i = 0; i < 60 && !DONE.contains(status); i++) {
            Workflow.sleep(Duration.ofMinutes(1));
            status = request.carrierLoa() ? hosted.externalTnsStatus(orderId) : hosted.importStatus(orderId);
        }
        return new Result(orderId, status, skipped);
    }
}
