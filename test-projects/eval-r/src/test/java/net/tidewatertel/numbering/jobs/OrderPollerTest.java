package net.tidewatertel.numbering.jobs;

import static io.vertx.core.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class OrderPollerTest {

  private static final String ORDER_ID = "47955555-67aa-4adb-8c0f-b6894e60c0dc";

  private DashboardStub stub;
  private OrderPoller poller;

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      poller = TestConfigs.injector(vertx, TestConfigs.forStub(stub)).getInstance(OrderPoller.class);
      ctx.completeNow();
    }));
  }

  @Test
  void recordsTheNumbersOfACompletedOrder(VertxTestContext ctx) {
    stub.respond(GET, DashboardStub.ACCOUNT_PATH + "/orders/" + ORDER_ID, 200, """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <OrderResponse>
            <CompletedQuantity>1</CompletedQuantity>
            <OrderStatus>COMPLETE</OrderStatus>
            <CompletedNumbers>
                <TelephoneNumber>
                    <FullNumber>7575550147</FullNumber>
                </TelephoneNumber>
            </CompletedNumbers>
        </OrderResponse>
        """);

    poller.poll(ORDER_ID).onComplete(ctx.succeeding(v -> ctx.verify(() -> {
      assertThat(stub.lastRequest().path()).endsWith("/orders/" + ORDER_ID);
      ctx.completeNow();
    })));
  }

  @Test
  void leavesUnfinishedOrdersAlone(VertxTestContext ctx) {
    stub.respond(GET, DashboardStub.ACCOUNT_PATH + "/orders/" + ORDER_ID, 200,
        "<OrderResponse><OrderStatus>RECEIVED</OrderStatus></OrderResponse>");

    poller.poll(ORDER_ID).onComplete(ctx.succeedingThenComplete());
  }
}
