package net.harbourline.numberdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Hosted-messaging import or removal order we are waiting on. */
@Entity
@Table(name = "import_order")
public class ImportOrderRecord {

    public enum Kind { IMPORT, REMOVE }

    @Id
    @Column(name = "order_id", length = 40)
    private String orderId;

    @Column(name = "customer_order_id", length = 40)
    private String customerOrderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10)
    private Kind kind;

    @Column(name = "status", length = 20)
    private String status = "RECEIVED";

    @Column(name = "ticket_no")
    private long ticketNumber;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected ImportOrderRecord() {
    }

    public ImportOrderRecord(String orderId, String customerOrderId, Kind kind) {
        this.orderId = orderId;
        this.customerOrderId = customerOrderId;
        this.kind = kind;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public long getTicketNumber() {
        return ticketNumber;
    }

    public void setTicketNumber(long ticketNumber) {
        this.ticketNumber = ticketNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
