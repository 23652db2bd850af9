package com.harborline.porting.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

@Client("${dashboard.url}")
@Header(name = "Accept", value = MediaType.APPLICATION_XML)
public interface E911AddressClient {

    @Get("/accounts/{accountId}/addresses{?suggestions,page,size}")
    String listAddresses(@PathVariable String accountId,
                         @QueryValue @Nullable String suggestions,
                         @QueryValue @Nullable Integer page,
                         @QueryValue @Nullable Integer size);

    @Get("/accounts/{accountId}/addresses/{addressId}")
    String getAddress(@PathVariable String accountId, @PathVariable String addressId);

    @Get("/accounts/{accountId}/e911Addresses/{addressId}")
    String getE911Address(@PathVariable String accountId, @PathVariable String addressId);
}
