package com.northforktel.numbering.api;

import com.northforktel.numbering.dashboard.DashboardHttp;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

final class ApiResponses {

    private ApiResponses() {
    }

    static void badRequest(RoutingContext ctx, String message) {
        ctx.response().setStatusCode(400)
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("error", message).encode());
    }

    static void upstream(RoutingContext ctx, Throwable err) {
        int status = err instanceof DashboardHttp.DashboardCallException dce && dce.status() < 500 ? 422 : 502;
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("error", "carrier platform: " + err.getMessage()).encode());
    }
}
