package net.tidewatertel.numbering.callbacks;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.RecordedRequest;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class SubscriptionRegistrarTest {

  private static final String SUBSCRIPTIONS = DashboardStub.ACCOUNT_PATH + "/subscriptions";

  private DashboardStub stub;
  private SubscriptionRegistrar registrar;

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      registrar = TestConfigs.injector(vertx, TestConfigs.forStub(stub)).getInstance(SubscriptionRegistrar.class);
      ctx.completeNow();
    }));
  }

  @Test
  void registersAllMissingSubscriptions(VertxTestContext ctx) {
    stub.respond(GET, SUBSCRIPTIONS, 200, "<SubscriptionsResponse><Subscriptions/></SubscriptionsResponse>");
    stub.respondCreated(POST, SUBSCRIPTIONS, SUBSCRIPTIONS + "/1f3a8c2e");

    registrar.ensureSubscriptions().onComplete(ctx.succeeding(v -> ctx.verify(() -> {
      List<RecordedRequest> posts = stub.requests().stream().filter(r -> r.method().equals("POST")).toList();
      assertThat(posts).hasSize(4);
      assertThat(posts.get(0).body())
          .contains("<OrderType>orders</OrderType>")
          .contains("<URL>http://localhost:8280/callbacks/dashboard/orders</URL>")
          .contains("<Expiry>3122064000</Expiry>");
      assertThat(posts.get(1).body()).contains("<OrderType>portins</OrderType>");
      assertThat(posts.get(2).body()).contains("<NumberFormat>LEGACY</NumberFormat>");
      ctx.completeNow();
    })));
  }

  @Test
  void leavesExistingSubscriptionsAlone(VertxTestContext ctx) {
    stub.respond(GET, SUBSCRIPTIONS, 200, """
        <SubscriptionsResponse>
            <Subscriptions>
                <Subscription><CallbackSubscription><URL>http://localhost:8280/callbacks/dashboard/orders</URL></CallbackSubscription></Subscription>
                <Subscription><CallbackSubscription><URL>http://localhost:8280/callbacks/dashboard/portins</URL></CallbackSubscription></Subscription>
                <Subscription><CallbackSubscription><URL>http://localhost:8280/callbacks/dashboard/e911s</URL></CallbackSubscription></Subscription>
                <Subscription><EmailSubscription><Email>noc@tidewatertel.net</Email></EmailSubscription></Subscription>
            </Subscriptions>
        </SubscriptionsResponse>
        """);

    registrar.ensureSubscriptions().onComplete(ctx.succeeding(v -> ctx.verify(() -> {
      assertThat(stub.requests()).hasSize(1);
      ctx.completeNow();
    })));
  }
}
