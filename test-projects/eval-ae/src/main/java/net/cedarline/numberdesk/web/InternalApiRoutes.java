package net.cedarline.numberdesk.web;

import java.util.List;
import java.util.Map;

import io.javalin.Javalin;
import io.javalin.http.NotFoundResponse;

import net.cedarline.numberdesk.dashboard.search.NumberSearchClient;
import net.cedarline.numberdesk.dashboard.sippeer.TnOptionsClient;
import net.cedarline.numberdesk.store.CustomerAddressDao;
import net.cedarline.numberdesk.store.NumberStore;
import net.cedarline.numberdesk.store.OrderDao;
import net.cedarline.numberdesk.util.PhoneNumbers;
import net.cedarline.numberdesk.web.dto.ImportTnOrder;

/** JSON API behind the internal UI (ours, served under /api on port 7070). */
public class InternalApiRoutes {

    private final NumberStore numbers;
    private final NumberSearchClient search;
    private final TnOptionsClient tnOptions;
    private final CustomerAddressDao addresses;
    private final OrderDao orders;

    public InternalApiRoutes(NumberStore numbers, NumberSearchClient search, TnOptionsClient tnOptions,
                             CustomerAddressDao addresses, OrderDao orders) {
        this.numbers = numbers;
        this.search = search;
        this.tnOptions = tnOptions;
        this.addresses = addresses;
        this.orders = orders;
    }

    public void register(Javalin app) {
        app.get("/api/numbers", ctx -> ctx.json(numbers.all()));

        app.get("/api/numbers/{tn}", ctx -> {
            String tn = PhoneNumbers.toNational(ctx.pathParam("tn"));
            ctx.json(numbers.findByTn(tn).orElseThrow(() -> new NotFoundResponse("unknown number " + tn)));
        });

        app.get("/api/search", ctx -> {
            String areaCode = ctx.queryParam("areaCode");
            int quantity = ctx.queryParamAsClass("quantity", Integer.class).getOrDefault(10);
            ctx.json(Map.of("areaCode", areaCode, "numbers", search.availableInAreaCode(areaCode, quantity)));
        });

        app.post("/api/numbers/{tn}/sms", ctx -> {
            boolean on = Boolean.parseBoolean(ctx.queryParam("on"));
            String orderId = tnOptions.setSms(List.of(PhoneNumbers.toNational(ctx.pathParam("tn"))), on);
            ctx.json(Map.of("orderId", orderId));
        });

        app.get("/api/customers/{customerId}/addresses", ctx -> ctx.json(addresses.forCustomer(ctx.pathParam("customerId"))));

        app.post("/api/customers/{customerId}/addresses", ctx -> {
            CustomerAddressDao.CustomerAddress body = ctx.bodyAsClass(CustomerAddressDao.CustomerAddress.class);
            addresses.insert(body);
            ctx.status(201);
        });

        app.get("/api/imports/{orderId}", ctx -> ctx.json(orders.find(ctx.pathParam("orderId"))
                .map(ImportTnOrder::from)
                .orElseThrow(NotFoundResponse::new)));
    }
}
