package net.kestreltel.portdesk.numbers;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

/** JDBI access to the ported_numbers table. */
@RegisterConstructorMapper(PortedNumber.class)
public interface NumberRepository {

    @SqlQuery("SELECT tn, area_code, customer_id, status, e911_address_id, activated_at FROM ported_numbers WHERE tn = :tn")
    Optional<PortedNumber> findByTn(@Bind("tn") String tn);

    @SqlQuery("SELECT tn, area_code, customer_id, status, e911_address_id, activated_at FROM ported_numbers WHERE tn IN (<tns>)")
    List<PortedNumber> findAll(@BindList("tns") List<String> tns);

    @SqlQuery("SELECT tn, area_code, customer_id, status, e911_address_id, activated_at FROM ported_numbers WHERE area_code = :areaCode")
    List<PortedNumber> findByAreaCode(@Bind("areaCode") int areaCode);

    @SqlUpdate("INSERT INTO ported_numbers (tn, area_code, customer_id, status, activated_at) "
            + "VALUES (:tn, :areaCode, :customerId, :status, CURRENT_TIMESTAMP)")
    void insert(@Bind("tn") String tn, @Bind("areaCode") int areaCode, @Bind("customerId") String customerId,
                @Bind("status") String status);

    @SqlUpdate("UPDATE ported_numbers SET status = :status WHERE tn = :tn")
    int updateStatus(@Bind("tn") String tn, @Bind("status") String status);

    @SqlUpdate("UPDATE ported_numbers SET e911_address_id = :addressId WHERE tn = :tn")
    int attachAddress(@Bind("tn") String tn, @Bind("addressId") String addressId);
}
