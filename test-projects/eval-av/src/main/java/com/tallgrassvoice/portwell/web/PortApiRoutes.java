package com.tallgrassvoice.portwell.web;

import static spark.Spark.get;
import static spark.Spark.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tallgrassvoice.portwell.callback.DashboardCallbackRoutes;
import com.tallgrassvoice.portwell.model.AvailableNumberView;
import com.tallgrassvoice.portwell.dashboard.E911AddressService.E911Address;
import com.tallgrassvoice.portwell.sdk.SdkNumberSearch;
import com.tallgrassvoice.portwell.store.PortRepository;
import com.tallgrassvoice.portwell.store.PortRepository.PortRequest;
import com.tallgrassvoice.portwell.util.PhoneNumbers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import spark.Request;
import spark.Response;

/** Our own REST API, consumed by the customer portal (React app) and by support tooling. */
public class PortApiRoutes {

    /**
     * What a customer submits on the port form ({@code POST /api/ports}).
     *
     * @param preferredAreaCode area code the customer wants for any new numbers; 0 when none
     */
    public record PortForm(
            String customerId,
            List<String> numbers,
            String billingNumber,
            String authorizingPerson,
            String businessName,
            E911Address serviceAddress,
            int preferredAreaCode,
            String requestedFocDate) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final PortRepository ports;
    private final SdkNumberSearch search;
    private final DashboardCallbackRoutes.Metrics metrics;
    private final String defaultAreaCode;
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis());

    public PortApiRoutes(PortRepository ports, SdkNumberSearch search, DashboardCallbackRoutes.Metrics metrics,
                         String defaultAreaCode) {
        this.ports = ports;
        this.search = search;
        this.metrics = metrics;
        this.defaultAreaCode = defaultAreaCode;
    }

    public void register() {
        get("/api/ports", (req, res) -> json(res, ports.byStatus(req.queryParamOrDefault("status", "PENDING"))));
        post("/api/ports", this::createPort);
        get("/api/numbers/:tn", this::numberInfo);
        get("/api/numbers/search", this::searchNumbers);
        get("/api/accounts/:accountId/summary", this::accountSummary);
        get("/api/accounts/:accountId/addresses", this::accountAddresses);
        get("/api/metrics", (req, res) -> json(res, metrics.snapshot()));
    }

    Object createPort(Request req, Response res) throws Exception {
        PortForm form = json.readValue(req.body(), PortForm.class);
        for (String raw : form.numbers()) {
            String tn = PhoneNumbers.digitsOnly(raw);
            if (!PhoneNumbers.isTenDigit(tn)) {
                res.status(422);
                return json(res, Map.of("error", "not a 10-digit number: " + raw));
            }
            ports.insert(new PortRequest(ids.incrementAndGet(), tn, form.customerId(), null, "PENDING",
                    form.requestedFocDate()));
        }
        res.status(201);
        return json(res, Map.of("accepted", form.numbers().size()));
    }

    Object numberInfo(Request req, Response res) throws Exception {
        String tn = req.params(":tn");
        if (tn.length() != 10) {
            res.status(400);
            return json(res, Map.of("error", "tn must have 10 digits"));
        }
        return json(res, Map.of("tn", tn, "display", PhoneNumbers.display(tn),
                "port", ports.findByTn(tn).map(PortRequest::status).orElse("NONE")));
    }

    Object searchNumbers(Request req, Response res) throws Exception {
        String areaCode = req.queryParamOrDefault("areaCode", defaultAreaCode);
        int quantity = Integer.parseInt(req.queryParamOrDefault("quantity", "10"));
        List<AvailableNumberView> found = search.availableInAreaCode(areaCode, quantity);
        return json(res, found);
    }

    Object accountSummary(Request req, Response res) throws Exception {
        String accountId = req.params(":accountId");
        return json(res, Map.of("accountId", accountId, "pending", ports.byStatus("PENDING").size()));
    }

    Object accountAddresses(Request req, Response res) throws Exception {
        // service addresses of a portal account live in the CRM, not in the Dashboard
        return json(res, List.of());
    }

    private String json(Response res, Object body) throws Exception {
        res.type("application/json");
        return json.writeValueAsString(body);
    }
}
