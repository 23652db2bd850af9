package net.tidewatertel.numbering.support;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server standing in for the Bandwidth Dashboard: canned answers per
 * method and path, and a record of every request for the assertions.
 */
public final class DashboardStub {

  public static final String ACCOUNT_ID = "9900417";
  public static final String ACCOUNT_PATH = "/api/accounts/" + ACCOUNT_ID;

  private record Canned(int status, String body, String location) {
  }

  private final Vertx vertx;
  private final Router router;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Canned> answers = new ConcurrentHashMap<>();
  private HttpServer server;

  public DashboardStub(Vertx vertx) {
    this.vertx = vertx;
    this.router = Router.router(vertx);
    router.route().handler(BodyHandler.create());
    router.route().handler(this::answer);
  }

  public DashboardStub respond(HttpMethod method, String path, int status, String body) {
    answers.put(method.name() + " " + path, new Canned(status, body, null));
    return this;
  }

  public DashboardStub respondCreated(HttpMethod method, String path, String location) {
    answers.put(method.name() + " " + path, new Canned(201, "", location));
    return this;
  }

  public Future<Integer> start() {
    return vertx.createHttpServer()
        .requestHandler(router)
        .listen(0)
        .map(s -> {
          server = s;
          return s.actualPort();
        });
  }

  public Future<Void> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }

  public int port() {
    return server.actualPort();
  }

  public String baseUrl() {
    return "http://localhost:" + port() + "/api";
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  public RecordedRequest lastRequest() {
    if (requests.isEmpty()) {
      throw new AssertionError("the Dashboard stub received no request");
    }
    return requests.get(requests.size() - 1);
  }

  public List<RecordedRequest> requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void answer(RoutingContext ctx) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().addAll(ctx.request().headers());
    String body = ctx.body() == null ? null : ctx.body().asString();
    requests.add(new RecordedRequest(ctx.request().method().name(), ctx.request().path(),
        ctx.request().query(), headers, body));
    Canned canned = answers.get(ctx.request().method().name() + " " + ctx.request().path());
    if (canned == null) {
      ctx.response().setStatusCode(404).end("<ResponseStatus><ErrorCode>404</ErrorCode></ResponseStatus>");
      return;
    }
    if (canned.location() != null) {
      ctx.response().putHeader("Location", canned.location());
    }
    ctx.response()
        .setStatusCode(canned.status())
        .putHeader("Content-Type", "application/xml")
        .end(canned.body() == null ? "" : canned.body());
  }
}
