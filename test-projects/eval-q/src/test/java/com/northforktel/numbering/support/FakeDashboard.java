package com.northforktel.numbering.support;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand-in for the carrier's Dashboard: records every request and answers with canned XML
 * chosen by method and path suffix (first match wins, registration order).
 */
public final class FakeDashboard {

    public record Recorded(String method, String path, String query, MultiMap headers, String body) {

        public String queryParam(String name) {
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (key.equals(name)) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }

    private record Canned(String method, String pathSuffix, int status, String body) {
    }

    private final Vertx vertx;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final List<Canned> canned = new CopyOnWriteArrayList<>();
    private HttpServer server;

    public FakeDashboard(Vertx vertx) {
        this.vertx = vertx;
    }

    public FakeDashboard respond(String method, String pathSuffix, int status, String body) {
        canned.add(new Canned(method, pathSuffix, status, body));
        return this;
    }

    public Future<Integer> start() {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.route().handler(this::handle);
        return vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "localhost")
                .map(s -> {
                    server = s;
                    return s.actualPort();
                });
    }

    public Future<Void> stop() {
        return server == null ? Future.succeededFuture() : server.close();
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        String body = ctx.body() == null ? null : ctx.body().asString();
        requests.add(new Recorded(req.method().name(), req.path(), req.query(),
                MultiMap.caseInsensitiveMultiMap().addAll(req.headers()), body));
        Canned answer = canned.stream()
                .filter(c -> c.method().equals(req.method().name()) && req.path().endsWith(c.pathSuffix()))
                .findFirst()
                .orElse(new Canned(req.method().name(), "", 200, "<Response/>"));
        ctx.response()
                .setStatusCode(answer.status())
                .putHeader("Content-Type", "application/xml")
                .end(answer.body());
    }

    public List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    public Recorded last() {
        if (requests.isEmpty()) {
            throw new AssertionError("the fake dashboard received no request");
        }
        return requests.get(requests.size() - 1);
    }

    public List<Recorded> byMethod(String method) {
        return requests.stream().filter(r -> r.method().equals(method)).toList();
    }

    public Map<String, Long> countByPath() {
        return requests.stream().collect(java.util.stream.Collectors.groupingBy(Recorded::path,
                java.util.stream.Collectors.counting()));
    }
}
