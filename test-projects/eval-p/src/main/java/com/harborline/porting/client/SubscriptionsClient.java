package com.harborline.porting.client;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

@Client("${dashboard.url}")
public interface SubscriptionsClient {

    @Post(value = "/accounts/{accountId}/subscriptions", produces = MediaType.APPLICATION_XML)
    String subscribe(@PathVariable String accountId, @Body String subscriptionXml);

    @Delete("/accounts/{accountId}/subscriptions/{subscriptionId}")
    void unsubscribe(@PathVariable String accountId, @PathVariable String subscriptionId);
}
