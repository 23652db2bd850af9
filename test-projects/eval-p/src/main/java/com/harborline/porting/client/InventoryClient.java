package com.harborline.porting.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

@Client(id = "dashboard", path = "/api/v2/accounts/${dashboard.account-id}")
@Header(name = "Accept", value = MediaType.APPLICATION_XML)
public interface InventoryClient {

    @Get("/availableNumbers{?areaCode,quantity}")
    String availableByAreaCode(@QueryValue String areaCode, @QueryValue @Nullable Integer quantity);

    @Get("/availableNumbers{?countryCodeA3,areaCode,quantity}")
    String availableByCountryAndAreaCode(@QueryValue String countryCodeA3, @QueryValue String areaCode,
                                         @QueryValue @Nullable Integer quantity);

    @Get("/availableNpaNxx{?areaCode}")
    String npaNxx(@QueryValue String areaCode);

    @Get("/availableNumbers{?rateCenter,state,quantity}")
    String availableByRateCenter(@QueryValue String rateCenter, @QueryValue String state,
                                 @QueryValue @Nullable Integer quantity);
}
