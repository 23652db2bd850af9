package com.harborline.porting.client;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

@Client("${dashboard.url}")
public interface TnOptionsClient {

    @Post(value = "/accounts/{accountId}/tnoptions", produces = MediaType.APPLICATION_XML)
    String createTnOptionOrder(@PathVariable String accountId, @Body String tnOptionOrderXml);
}
