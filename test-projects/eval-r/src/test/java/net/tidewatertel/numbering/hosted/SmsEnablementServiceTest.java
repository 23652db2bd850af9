package net.tidewatertel.numbering.hosted;

import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class SmsEnablementServiceTest {

  private static final String TN = "7575550170";
  private static final String PEER_TN = DashboardStub.ACCOUNT_PATH + DashboardPaths.sipPeerTn("3381", "551907", TN);

  private DashboardStub stub;
  private SmsEnablementService sms;

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      sms = TestConfigs.injector(vertx, TestConfigs.forStub(stub)).getInstance(SmsEnablementService.class);
      stub.respond(PUT, PEER_TN, 200, "");
      stub.respondCreated(POST, DashboardStub.ACCOUNT_PATH + "/tnoptions", "5f0e1d2c");
      ctx.completeNow();
    }));
  }

  @AfterEach
  void tearDown(VertxTestContext ctx) {
    stub.stop().onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void enablesSmsOnTheSipPeer(VertxTestContext ctx) {
    sms.enableSms(TN).onComplete(ctx.succeeding(v -> ctx.verify(() -> {
      assertThat(stub.lastRequest().path()).isEqualTo(PEER_TN);
      assertThat(stub.lastRequest().body()).contains("<SmsEnabled>true</SmsEnabled>");
      ctx.completeNow();
    })));
  }

  @Test
  void forwardingCarriesNoMessagingSettings(VertxTestContext ctx) {
    sms.forwardCalls(TN, "8045550160").onComplete(ctx.succeeding(v -> ctx.verify(() -> {
      assertThat(stub.lastRequest().body()).contains("<CallForward>8045550160</CallForward>");
      assertThat(stub.lastRequest().body()).doesNotContain("MessagingSettings");
      ctx.completeNow();
    })));
  }

  @Test
  void tnOptionOrderTogglesSms(VertxTestContext ctx) {
    sms.setSmsByTnOption(TN, false).onComplete(ctx.succeeding(v -> ctx.verify(() -> {
      assertThat(stub.lastRequest().path()).endsWith("/tnoptions");
      assertThat(stub.lastRequest().body()).contains("<Sms>off</Sms>");
      ctx.completeNow();
    })));
  }
}
