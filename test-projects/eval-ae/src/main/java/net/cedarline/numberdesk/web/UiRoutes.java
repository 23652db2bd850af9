package net.cedarline.numberdesk.web;

import io.javalin.Javalin;

import net.cedarline.numberdesk.dashboard.SmokeNumbers;
import net.cedarline.numberdesk.util.PhoneNumbers;

/** The single-page internal UI; the page itself talks to /api/*. */
public class UiRoutes {

    private final String title;

    public UiRoutes(String title) {
        this.title = title;
    }

    public void register(Javalin app) {
        app.get("/", ctx -> ctx.html(page()));
        app.get("/help", ctx -> ctx.html(help()));
    }

    String page() {
        return """
                <!doctype html>
                <html>
                <head><title>%s</title><script src="/static/app.js" defer></script></head>
                <body>
                  <header><h1>%s</h1><a href="/help">Help</a></header>
                  <main id="app" data-api="/api/numbers" data-search="/api/search"></main>
                  <footer>NOC: %s &middot; orders also visible at <a href="https://webui.inetwork.com/portal">the Bandwidth portal</a></footer>
                </body>
                </html>
                """.formatted(title, title, PhoneNumbers.pretty(SmokeNumbers.NOC_DESK));
    }

    String help() {
        return """
                <h2>Checking a number by hand</h2>
                <p>Until the v2 switch the service talks to the Dashboard like this:</p>
                <pre>curl -u user:pass https://dashboard.bandwidth.com/api/accounts/ACCOUNT/inserviceNumbers?areaCode=919</pre>
                <p>Our own API: <code>GET /api/numbers/{tn}</code>, <code>GET /api/customers/{id}/addresses</code>.</p>
                """;
    }
}
