package com.northforktel.numbering.api;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.dashboard.E911AddressClient;
import com.northforktel.numbering.dashboard.model.E911Address;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.sqlclient.Tuple;

/**
 * Our customers' service addresses (own table), and their registration as E911 addresses with
 * the carrier platform.
 */
@Singleton
public class CustomerAddressHandler {

    private final JDBCPool pool;
    private final E911AddressClient e911;

    @Inject
    public CustomerAddressHandler(JDBCPool pool, E911AddressClient e911) {
        this.pool = pool;
        this.e911 = e911;
    }

    public void list(RoutingContext ctx) {
        pool.preparedQuery("SELECT id, house_number, street, city, state, zip FROM customer_address WHERE account_id = ?")
                .execute(Tuple.of(ctx.pathParam("accountId")))
                .onSuccess(rows -> {
                    JsonArray out = new JsonArray();
                    rows.forEach(row -> out.add(row.toJson()));
                    ctx.json(new JsonObject().put("addresses", out));
                })
                .onFailure(ctx::fail);
    }

    public void create(RoutingContext ctx) {
        JsonObject a = ctx.body().asJsonObject();
        pool.preparedQuery("INSERT INTO customer_address (account_id, house_number, street, city, state, zip)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .execute(Tuple.of(ctx.pathParam("accountId"), a.getString("houseNumber"), a.getString("street"),
                        a.getString("city"), a.getString("state"), a.getString("zip")))
                .onSuccess(rows -> ctx.response().setStatusCode(201).end())
                .onFailure(ctx::fail);
    }

    public void registerE911(RoutingContext ctx) {
        pool.preparedQuery("SELECT house_number, street, city, state, zip FROM customer_address WHERE id = ?")
                .execute(Tuple.of(ctx.pathParam("addressId")))
                .compose(rows -> {
                    var row = rows.iterator().next();
                    E911Address address = new E911Address();
                    address.houseNumber = row.getString("HOUSE_NUMBER");
                    address.streetName = row.getString("STREET");
                    address.city = row.getString("CITY");
                    address.stateCode = row.getString("STATE");
                    address.zip = row.getString("ZIP");
                    return e911.create(address);
                })
                .onSuccess(id -> ctx.json(new JsonObject().put("e911AddressId", id)))
                .onFailure(ctx::fail);
    }
}
