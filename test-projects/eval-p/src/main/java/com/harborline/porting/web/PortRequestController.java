package com.harborline.porting.web;

import com.harborline.porting.model.PortRequest;
import com.harborline.porting.service.ImportOrderService;
import com.harborline.porting.service.NumberOrderService;
import com.harborline.porting.util.TnFormat;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;

@Controller("/api/port-requests")
public class PortRequestController {

    private final NumberOrderService orders;
    private final ImportOrderService imports;

    public PortRequestController(NumberOrderService orders, ImportOrderService imports) {
        this.orders = orders;
        this.imports = imports;
    }

    @Post
    public HttpResponse<String> create(@Body PortRequest request) {
        List<String> numbers = request.numbers().stream().map(TnFormat::digitsOnly).toList();
        String result = request.enableSms()
                ? imports.importForMessaging(request.customerId(), request.customerId(), numbers)
                : orders.orderExisting(numbers);
        return HttpResponse.accepted().body(result);
    }

    @Get("/by-area{?areaCode}")
    public List<String> byArea(@QueryValue String areaCode) {
        return List.of();
    }
}
