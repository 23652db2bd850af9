package com.harborline.porting.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

@Client(id = "dashboard", path = "/api/accounts/${dashboard.account-id}")
@Header(name = HttpHeaders.ACCEPT, value = MediaType.APPLICATION_XML)
public interface DashboardOrdersClient {

    @Post(value = "/orders", produces = MediaType.APPLICATION_XML, consumes = MediaType.APPLICATION_XML)
    String createOrder(@Body String orderXml);

    @Get(value = "/orders/{orderId}", consumes = MediaType.APPLICATION_XML)
    String getOrder(@PathVariable String orderId);

    @Get(value = "/inserviceNumbers{?areacode,page,size}", consumes = MediaType.APPLICATION_XML)
    String inserviceNumbers(@QueryValue("areacode") @Nullable Integer areaCode,
                            @QueryValue @Nullable Integer page,
                            @QueryValue @Nullable Integer size);

    @Get(value = "/tns/{tn}/tndetails", consumes = MediaType.APPLICATION_XML)
    String tnDetails(@PathVariable String tn);
}
