package net.tidewatertel.numbering.legacy.iris;

import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Subscriber;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class IrisHostedMessagingServiceTest {

  private static final String IMPORT_PATH = "/v1.0/accounts/" + DashboardStub.ACCOUNT_ID + "/importTnOrders";

  private DashboardStub stub;
  private IrisHostedMessagingService service;

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      IrisClient client = new IrisClient("http://localhost:" + port, DashboardStub.ACCOUNT_ID, "desk", "pw", "v1.0");
      service = new IrisHostedMessagingService(client, 3381, 551907);
      ctx.completeNow();
    }));
  }

  @Test
  void importGoesThroughTheSdk() throws Exception {
    stub.respond(POST, IMPORT_PATH, 201, """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <ImportTnOrdersResponse>
            <ImportTnOrder>
                <CustomerOrderId>HM-DESK-7</CustomerOrderId>
                <OrderId>b2f1e0d4-9a8b-4c7d-8e6f-5a4b3c2d1e0f</OrderId>
                <ProcessingStatus>RECEIVED</ProcessingStatus>
            </ImportTnOrder>
        </ImportTnOrdersResponse>
        """);
    Subscriber subscriber = new Subscriber();
    subscriber.setName("Harbor Marine Supply");

    String orderId = service.importNumbers("HM-DESK-7", subscriber, "J. Alvarez", List.of("7575550164"));

    assertThat(orderId).isEqualTo("b2f1e0d4-9a8b-4c7d-8e6f-5a4b3c2d1e0f");
    RecordedRequest request = stub.lastRequest();
    assertThat(request.path()).isEqualTo(IMPORT_PATH);
    assertThat(request.body()).contains("<CustomerOrderId>HM-DESK-7</CustomerOrderId>");
  }
}
