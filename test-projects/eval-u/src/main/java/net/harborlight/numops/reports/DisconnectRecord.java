package net.harborlight.numops.reports;

import java.time.LocalDate;

/**
 * One line of the Dashboard disconnect report (CSV).
 */
public record DisconnectRecord(
        long telephoneNumber,
        int areaCode,
        LocalDate disconnectDate,
        String orderId) {
}
