package net.cedarline.numberdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Orders we placed on the Dashboard and their last known status. */
@RegisterConstructorMapper(OrderDao.OrderRow.class)
public interface OrderDao {

    record OrderRow(String orderId, String customerOrderId, String orderType, String status, long batchId, Instant updatedAt) {
    }

    @SqlUpdate("insert into orders (order_id, customer_order_id, order_type, status, batch_id, updated_at) "
            + "values (:orderId, :customerOrderId, :orderType, :status, :batchId, :updatedAt)")
    void insert(@BindMethods OrderRow row);

    @SqlUpdate("update orders set status = :status, updated_at = CURRENT_TIMESTAMP where order_id = :orderId")
    int updateStatus(@Bind("orderId") String orderId, @Bind("status") String status);

    @SqlQuery("select * from orders where order_id = :orderId")
    Optional<OrderRow> find(@Bind("orderId") String orderId);

    @SqlQuery("select * from orders where status in ('RECEIVED', 'PROCESSING') and updated_at < :before")
    List<OrderRow> stale(@Bind("before") Instant before);
}
