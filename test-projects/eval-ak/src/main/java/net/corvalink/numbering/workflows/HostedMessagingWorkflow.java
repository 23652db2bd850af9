package net.corvalink.numbering.workflows;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

import java.util.List;

@WorkflowInterface
public interface HostedMessagingWorkflow {

    String TASK_QUEUE = "numbering-porting";

    enum Action { IMPORT, REMOVE }

    record Request(String customerOrderId, Action action, List<String> numbers, String loaAuthorizingPerson,
                   boolean carrierLoa) {
    }

    record Result(String orderId, String status, List<String> skippedNumbers) {
    }

    @WorkflowMethod
    Result run(Request request);
}
