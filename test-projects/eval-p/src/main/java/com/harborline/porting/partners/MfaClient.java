package com.harborline.porting.partners;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Two-factor check before an agent may release numbers.
 */
@Client("${bandwidth.mfa.url}")
public interface MfaClient {

    @Post("/accounts/{accountId}/code/voice")
    String sendVoiceCode(@PathVariable String accountId, @Body CodeRequest request);

    @Post("/accounts/{accountId}/code/verify")
    String verify(@PathVariable String accountId, @Body VerifyRequest request);

    @Serdeable
    record CodeRequest(String to, String from, String applicationId, String message, int digits) {
    }

    @Serdeable
    record VerifyRequest(String to, String scope, int expirationTimeInMinutes, String code) {
    }
}
