package net.corvalink.numbering.workflows;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

import java.util.List;

@WorkflowInterface
public interface PortInWorkflow {

    String TASK_QUEUE = "numbering-porting";

    record Request(String customerId, String businessName, String billingTelephoneNumber, List<String> numbers,
                   String houseNumber, String streetName, String city, String stateCode, String zip,
                   String loaAuthorizingPerson, String requestedFocDate, boolean enableSms, boolean hostedMessaging) {
    }

    record Result(String orderId, String status, List<String> portedNumbers, List<String> rejectedNumbers) {
    }

    @WorkflowMethod
    Result portIn(Request request);

    /** Sent by the callback receiver when the Dashboard reports a status change. */
    @SignalMethod
    void portInNotification(String status, String focDate, List<String> completedNumbers);
}
