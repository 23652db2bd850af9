package net.harborlight.numops.batch;

import java.util.ArrayList;
import java.util.List;

import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import net.harborlight.numops.store.NumberAssignment;
import net.harborlight.numops.store.NumberAssignmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.ItemProcessor;

/**
 * Compares a completed Dashboard order with our assignments: numbers the Dashboard says we own
 * but that nobody holds here are reported as orphans.
 */
public class OrderReconciliationProcessor implements ItemProcessor<OrderResponse, List<NumberAssignment>> {

    private static final Logger log = LoggerFactory.getLogger(OrderReconciliationProcessor.class);

    private final NumberAssignmentRepository assignments;

    public OrderReconciliationProcessor(NumberAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public List<NumberAssignment> process(OrderResponse response) {
        if (!"COMPLETE".equalsIgnoreCase(response.getOrderStatus())) {
            return null;
        }
        List<NumberAssignment> updated = new ArrayList<>();
        for (TelephoneNumber number : response.getTelephoneNumbers()) {
            String tn = number.getFullNumber();
            var assignment = assignments.findByTenDigitTn(tn);
            if (assignment.isEmpty()) {
                log.warn("Orphan number {} in order {}", display(tn), response.getOrder().getid());
                continue;
            }
            if (assignment.get().status() != NumberAssignment.Status.ACTIVE) {
                updated.add(assignment.get().withStatus(NumberAssignment.Status.ACTIVE));
            }
        }
        return updated.isEmpty() ? null : updated;
    }

    static String display(String tn) {
        return String.format("(%s) %s-%s", tn.substring(0, 3), tn.substring(3, 6), tn.substring(6));
    }
}
