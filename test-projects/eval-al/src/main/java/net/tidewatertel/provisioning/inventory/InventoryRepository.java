package net.tidewatertel.provisioning.inventory;

import java.util.List;
import java.util.Set;

/** Number inventory of the service order system (Oracle, schema SOS). */
public interface InventoryRepository {

    /** Every number we believe is in service, 10 digits each. */
    Set<String> inServiceNumbers();

    List<InventoryRecord> findAll();

    InventoryRecord findByNumber(String tenDigitNumber);

    void markMissingOnDashboard(String tenDigitNumber);

    void markUnknownOnDashboard(String number);

    void saveReportSnapshot(List<String> numbers, long reportEpochSeconds);
}
