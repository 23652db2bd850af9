package net.harborlight.numops.reports;

import net.harborlight.numops.numbers.PhoneNumbers;
import net.harborlight.numops.store.NumberAssignment;
import net.harborlight.numops.store.NumberAssignmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.stereotype.Component;

/**
 * Keeps the report lines for numbers we still think are active.
 */
@Component
public class DisconnectRecordProcessor implements ItemProcessor<DisconnectRecord, DisconnectRecordProcessor.Release> {

    public record Release(NumberAssignment assignment, DisconnectRecord record) {
    }

    private static final Logger log = LoggerFactory.getLogger(DisconnectRecordProcessor.class);

    /** Anything below this is a truncated or garbage line in the report. */
    private static final long SMALLEST_NANP_NUMBER = 2_000_000_000L;

    private final NumberAssignmentRepository assignments;

    public DisconnectRecordProcessor(NumberAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public Release process(DisconnectRecord item) {
        if (item.telephoneNumber() < SMALLEST_NANP_NUMBER) {
            log.warn("Skipping malformed report line for order {}", item.orderId());
            return null;
        }
        String tn = Long.toString(item.telephoneNumber());
        if (Integer.parseInt(PhoneNumbers.npa(tn)) != item.areaCode()) {
            log.warn("Report line {} has area code {} that does not match the number", tn, item.areaCode());
        }
        return assignments.findByTenDigitTn(tn)
                .filter(a -> a.status() != NumberAssignment.Status.DISCONNECTED)
                .map(a -> new Release(a, item))
                .orElse(null);
    }
}
