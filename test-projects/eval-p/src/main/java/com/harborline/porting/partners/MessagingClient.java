package com.harborline.porting.partners;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Bandwidth messaging API: used to text customers when their port completes.
 */
@Client("https://messaging.bandwidth.com/api/v2")
public interface MessagingClient {

    @Post("/users/{accountId}/messages")
    String send(@PathVariable String accountId, @Body Message message);

    @Serdeable
    record Message(String applicationId, List<String> to, String from, String text) {
    }
}
