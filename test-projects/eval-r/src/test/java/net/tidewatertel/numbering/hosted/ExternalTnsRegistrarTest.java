package net.tidewatertel.numbering.hosted;

import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class ExternalTnsRegistrarTest {

  private DashboardStub stub;
  private ExternalTnsRegistrar registrar;

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      registrar = TestConfigs.injector(vertx, TestConfigs.forStub(stub)).getInstance(ExternalTnsRegistrar.class);
      stub.respondCreated(POST, DashboardStub.ACCOUNT_PATH + "/externalTns", "e7e7e7e7");
      ctx.completeNow();
    }));
  }

  @Test
  void deregistersPartnerNumbers(VertxTestContext ctx) {
    registrar.deregister(List.of("7575550190")).onComplete(ctx.succeeding(v -> ctx.verify(() -> {
      String body = stub.lastRequest().body();
      assertThat(body).startsWith("<ExternalTnsOrder>");
      assertThat(body).contains("<Action>REMOVE</Action>");
      assertThat(body).contains("<LoaType>CARRIER</LoaType>");
      ctx.completeNow();
    })));
  }
}
