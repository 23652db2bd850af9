package com.harborline.porting.client;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

/**
 * Hosted-messaging import orders (bring your own numbers).
 */
@Client("${dashboard.url}")
@Header(name = "Accept", value = MediaType.APPLICATION_XML)
public interface ImportOrdersClient {

    @Post(value = "/accounts/{accountId}/importTnOrders", produces = MediaType.APPLICATION_XML)
    String createImportOrder(@PathVariable String accountId, @Body String importTnOrderXml);

    @Get("/accounts/{accountId}/importTnOrders/{orderId}")
    String getImportOrder(@PathVariable String accountId, @PathVariable String orderId);

    @Get("/accounts/{accountId}/importTnOrders/{orderId}/history")
    String getImportOrderHistory(@PathVariable String accountId, @PathVariable String orderId);

    @Post(value = "/accounts/{accountId}/removeImportedTnOrders", produces = MediaType.APPLICATION_XML)
    String removeImported(@PathVariable String accountId, @Body String removeOrderXml);

    @Get("/accounts/{accountId}/importTnOrders/messaging/{orderId}")
    String getMessagingImportOrder(@PathVariable String accountId, @PathVariable String orderId);

    @Post(value = "/accounts/{accountId}/importTnChecker", produces = MediaType.APPLICATION_XML)
    String checkPortability(@PathVariable String accountId, @Body String checkerXml);

    @Post(value = "/accounts/{accountId}/removeImportedTnOrders/voice", produces = MediaType.APPLICATION_XML)
    String removeVoiceImported(@PathVariable String accountId, @Body String removeOrderXml);
}
