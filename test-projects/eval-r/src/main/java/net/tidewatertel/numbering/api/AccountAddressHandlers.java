package net.tidewatertel.numbering.api;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.sqlclient.Tuple;

/**
 * Service addresses of our business customers' accounts (CRM integration). These are
 * Tidewater accounts, not Dashboard accounts.
 */
@Singleton
public class AccountAddressHandlers {

  private final JDBCPool pool;

  @Inject
  public AccountAddressHandlers(JDBCPool pool) {
    this.pool = pool;
  }

  /** GET /api/accounts/:accountId/addresses */
  public void list(RoutingContext ctx) {
    pool.preparedQuery("SELECT id, line1, city, state, zip FROM customer_address WHERE account_id = ?")
        .execute(Tuple.of(ctx.pathParam("accountId")))
        .onSuccess(rows -> {
          JsonArray out = new JsonArray();
          rows.forEach(row -> out.add(row.toJson()));
          ctx.json(out);
        })
        .onFailure(ctx::fail);
  }

  /** POST /api/accounts/:accountId/addresses */
  public void create(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    pool.preparedQuery("INSERT INTO customer_address (account_id, line1, city, state, zip) VALUES (?, ?, ?, ?, ?)")
        .execute(Tuple.of(ctx.pathParam("accountId"), body.getString("line1"), body.getString("city"),
            body.getString("state"), body.getString("zip")))
        .onSuccess(rows -> ctx.response().setStatusCode(201).end())
        .onFailure(ctx::fail);
  }
}
