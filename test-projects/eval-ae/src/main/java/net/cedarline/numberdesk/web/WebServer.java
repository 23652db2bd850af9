package net.cedarline.numberdesk.web;

import io.javalin.Javalin;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.BasicAuthCredentials;

import net.cedarline.numberdesk.ServiceRegistry;
import net.cedarline.numberdesk.config.AppConfig;

public final class WebServer {

    private WebServer() {
    }

    public static Javalin start(ServiceRegistry services) {
        AppConfig config = services.config;
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.defaultContentType = "application/json";
        });

        app.before("/callbacks/*", ctx -> {
            BasicAuthCredentials credentials = ctx.basicAuthCredentials();
            if (credentials == null
                    || !credentials.getUsername().equals(config.dashboard.getCallbackUser())
                    || !credentials.getPassword().equals(config.dashboard.getCallbackPassword())) {
                throw new UnauthorizedResponse();
            }
        });

        NotificationParser parser = new NotificationParser();
        OrderCallbackHandler orderHandler = new OrderCallbackHandler(services.numbers, services.orderDao, config.dashboard.getSiteId());
        PortInCallbackHandler portInHandler = new PortInCallbackHandler(services.numbers, services.orderDao, services.alerter);
        new CallbackRoutes(parser, orderHandler, portInHandler).register(app);
        new InternalApiRoutes(services.numbers, services.search, services.tnOptions, services.addresses, services.orderDao).register(app);
        new UiRoutes(config.server.uiTitle).register(app);

        app.get("/health", ctx -> ctx.result("ok"));
        return app.start(config.server.port);
    }
}
