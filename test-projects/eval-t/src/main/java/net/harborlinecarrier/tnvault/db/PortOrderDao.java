package net.harborlinecarrier.tnvault.db;

import java.util.List;
import net.harborlinecarrier.tnvault.core.PortOrder;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(PortOrder.class)
public interface PortOrderDao {

    @SqlQuery("SELECT id, customer_id, dashboard_order_id, order_type, status, created_at "
            + "FROM port_order WHERE status IN ('RECEIVED', 'PROCESSING', 'PENDING') ORDER BY created_at")
    List<PortOrder> findPending();

    @SqlQuery("SELECT id, customer_id, dashboard_order_id, order_type, status, created_at "
            + "FROM port_order WHERE dashboard_order_id = :orderId")
    PortOrder findByDashboardOrderId(@Bind("orderId") String orderId);

    @SqlUpdate("INSERT INTO port_order (customer_id, dashboard_order_id, order_type, status, created_at) "
            + "VALUES (:customerId, :orderId, :type, 'RECEIVED', now())")
    @GetGeneratedKeys("id")
    long insert(@Bind("customerId") String customerId, @Bind("orderId") String orderId, @Bind("type") String type);

    @SqlUpdate("UPDATE port_order SET status = :status WHERE dashboard_order_id = :orderId")
    int updateStatus(@Bind("orderId") String orderId, @Bind("status") String status);
}
