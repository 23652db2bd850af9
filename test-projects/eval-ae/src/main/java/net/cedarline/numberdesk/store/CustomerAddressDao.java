package net.cedarline.numberdesk.store;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Our customers' service addresses (shown in the UI, copied into E911 orders). */
@RegisterConstructorMapper(CustomerAddressDao.CustomerAddress.class)
public interface CustomerAddressDao {

    record CustomerAddress(long id, String customerId, String houseNumber, String streetName, String city,
                           String stateCode, String zip, String e911AddressId) {
    }

    @SqlQuery("select * from customer_addresses where customer_id = :customerId order by id")
    List<CustomerAddress> forCustomer(@Bind("customerId") String customerId);

    @SqlUpdate("insert into customer_addresses (customer_id, house_number, street_name, city, state_code, zip) "
            + "values (:customerId, :houseNumber, :streetName, :city, :stateCode, :zip)")
    void insert(@BindMethods CustomerAddress address);

    @SqlUpdate("update customer_addresses set e911_address_id = :e911Id where id = :id")
    void linkE911(@Bind("id") long id, @Bind("e911Id") String e911AddressId);
}
