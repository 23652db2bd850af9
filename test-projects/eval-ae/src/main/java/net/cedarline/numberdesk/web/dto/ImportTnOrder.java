package net.cedarline.numberdesk.web.dto;

import java.time.Instant;

import net.cedarline.numberdesk.store.OrderDao;

/** What the UI shows for an import order (our own view, not the SDK model). */
public record ImportTnOrder(String orderId, String customerOrderId, String status, Instant updatedAt) {

    public static ImportTnOrder from(OrderDao.OrderRow row) {
        return new ImportTnOrder(row.orderId(), row.customerOrderId(), row.status(), row.updatedAt());
    }
}
