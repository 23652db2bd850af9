package net.lumivox.numbering.persistence;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

/**
 * Our copy of the number inventory (tn_inventory) and the port-in requests.
 */
public interface NumberDao {

    @SqlUpdate("""
            insert into tn_inventory (tn, npa, status, synced_at)
            values (:tn, :npa, :status, :syncedAt)
            on conflict (tn) do update set status = excluded.status, synced_at = excluded.synced_at
            """)
    void upsert(@BindMethods InventoryNumber number);

    @SqlUpdate("update tn_inventory set status = 'ACTIVE', order_id = :orderId where tn = :tn")
    int activate(@Bind("tn") String tn, @Bind("orderId") String orderId);

    @SqlQuery("select tn, npa, status, synced_at from tn_inventory where npa = :npa order by tn")
    @RegisterConstructorMapper(InventoryNumber.class)
    List<InventoryNumber> findByNpa(@Bind("npa") int npa);

    @SqlQuery("select tn, npa, status, synced_at from tn_inventory where status = :status order by tn limit :limit")
    @RegisterConstructorMapper(InventoryNumber.class)
    List<InventoryNumber> findByStatus(@Bind("status") String status, @Bind("limit") int limit);

    @SqlUpdate("update tn_inventory set label = :label where tn = :tn")
    int label(@Bind("tn") String tn, @Bind("label") String label);

    @SqlQuery("select ticket_id from port_requests where tn = :tn and state = 'PENDING'")
    Optional<String> findPendingPort(@Bind("tn") String tn);

    @SqlUpdate("update port_requests set state = 'DONE' where ticket_id = :ticketId")
    void closePort(@Bind("ticketId") String ticketId);
}
