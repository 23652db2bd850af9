package net.tidewatertel.numbering.billing.iris;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.ext.web.client.WebClient;
import java.util.List;

/**
 * Tells the rating engine which numbers a billing account owns after each order.
 */
@Singleton
public class RatingSync {

  /** Test account of the billing sandbox; its numbers are never rated. */
  static final String SANDBOX_ACCOUNT = "4402312345";

  private final IrisClient rating;

  @Inject
  public RatingSync(WebClient web,
                    @Named("billing.tenant") String tenant,
                    @Named("billing.user") String user,
                    @Named("billing.secret") String secret) {
    this.rating = new IrisClient(web, tenant, user, secret);
  }

  public static IrisClient offline(String tenant, String user, String secret) {
    return new IrisClient(tenant, user, secret);
  }

  public Future<Void> assign(String billingAccount, List<String> tns) {
    if (SANDBOX_ACCOUNT.equals(billingAccount)) {
      return Future.succeededFuture();
    }
    Future<Void> chain = Future.succeededFuture();
    for (String tn : tns) {
      chain = chain.compose(v -> rating.assignNumber(billingAccount, tn));
    }
    return chain;
  }
}
