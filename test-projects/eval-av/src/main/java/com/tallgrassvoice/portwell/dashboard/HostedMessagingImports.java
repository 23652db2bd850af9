package com.tallgrassvoice.portwell.dashboard;

import com.tallgrassvoice.portwell.templates.TemplateRenderer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raw-XML variant of the hosted messaging imports, used where we need the LoaType and the full
 * error list that the SDK model drops.
 */
public class HostedMessagingImports {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingImports.class);

    private static final String IMPORTS = "/importTnOrders";
    private static final String REMOVALS = "/removeImportedTnOrders";

    private final DashboardHttp http;
    private final TemplateRenderer templates;

    public HostedMessagingImports(DashboardHttp http, TemplateRenderer templates) {
        this.http = http;
        this.templates = templates;
    }

    public String submit(Map<String, Object> model) {
        String body = templates.render("import-tn-order.vm", model);
        var response = http.post(http.accountPath() + IMPORTS, body);
        log.info("importTnOrders answered {}", response.statusCode());
        return response.body();
    }

    public String submitRemoval(String removalXml) {
        return http.post(http.accountPath() + REMOVALS, removalXml).body();
    }

    public String history(String orderId) {
        return http.get("/accounts/%s/importTnOrders/%s/history".formatted(http.accountId(), orderId)).body();
    }

    public String loas(String orderId) {
        return http.get(http.accountPath("importTnOrders", orderId, "loas")).body();
    }

    public String removalStatus(String orderId) {
        return http.get(String.format("/accounts/%s/removeImportedTnOrders/%s", http.accountId(), orderId)).body();
    }

    /** Portability check before we file the import; the checker endpoint is unchanged. */
    public String check(String checkerXml) {
        return http.post(http.accountPath("importTnChecker"), checkerXml).body();
    }
}
