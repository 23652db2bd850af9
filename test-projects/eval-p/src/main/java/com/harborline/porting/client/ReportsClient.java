package com.harborline.porting.client;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

@Client("${dashboard.url}")
public interface ReportsClient {

    @Post(value = "/accounts/{accountId}/reports/{reportId}/instances", produces = MediaType.APPLICATION_XML)
    String createInstance(@PathVariable String accountId, @PathVariable String reportId, @Body String instanceXml);

    @Get(value = "/accounts/{accountId}/reports/{reportId}/instances/{instanceId}/file", consumes = "text/csv")
    String downloadInstance(@PathVariable String accountId, @PathVariable String reportId,
                            @PathVariable String instanceId);
}
