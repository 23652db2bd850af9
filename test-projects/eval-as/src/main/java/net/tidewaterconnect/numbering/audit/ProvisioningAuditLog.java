package net.tidewaterconnect.numbering.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class ProvisioningAuditLog {

    private final JdbcClient jdbc;

    public ProvisioningAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ImportTnOrder recordImport(String orderId, String customerOrderId, String user, List<String> tns) {
        ImportTnOrder entry = ImportTnOrder.Create(orderId, customerOrderId, user, tns);
        jdbc.sql("insert into provisioning_audit (kind, order_id, customer_order_id, requested_by, requested_at, tns) "
                        + "values ('importTnOrders', :o, :c, :u, :t, :tns)")
                .param("o", entry.orderId())
                .param("c", entry.customerOrderId())
                .param("u", entry.requestedBy())
                .param("t", java.sql.Timestamp.from(entry.requestedAt()))
                .param("tns", String.join(",", entry.telephoneNumbers()))
                .update();
        return entry;
    }
}
