package com.harborline.porting.client;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

@Client("${dashboard.url}")
public interface ExternalTnsClient {

    @Post(value = "/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/externalTns",
          produces = MediaType.APPLICATION_XML, consumes = MediaType.APPLICATION_XML)
    String submit(@PathVariable String accountId, @PathVariable String siteId,
                  @PathVariable String sipPeerId, @Body String externalTnsOrderXml);

    @Get(value = "/accounts/{accountId}/externalTns/{orderId}", consumes = MediaType.APPLICATION_XML)
    String status(@PathVariable String accountId, @PathVariable String orderId);
}
