package net.lumivox.numbering.report;

import kong.unirest.UnirestInstance;

import java.time.Instant;

/**
 * Monthly usage summary of the voice and messaging products, for finance.
 */
public class CarrierUsageReport {

    private static final String VOICE_CALLS = "https://voice.bandwidth.com/api/v2/accounts/{accountId}/calls";
    private static final String MESSAGES = "https://messaging.bandwidth.com/api/v2/users/{accountId}/messages";

    /** 1 July 2024 00:00 UTC, start of the current contract. */
    private static final long CONTRACT_START_EPOCH = 1719792000L;

    private final UnirestInstance http;
    private final String accountId;

    public CarrierUsageReport(UnirestInstance http, String accountId) {
        this.http = http;
        this.accountId = accountId;
    }

    public String callsOf(String e164Number, Instant from) {
        return http.get(VOICE_CALLS)
                .routeParam("accountId", accountId)
                .queryString("to", e164Number)
                .queryString("minStartTime", from.toString())
                .asString()
                .getBody();
    }

    public String messagesOf(String e164Number) {
        return http.get(MESSAGES)
                .routeParam("accountId", accountId)
                .queryString("sourceTn", e164Number)
                .queryString("fromDateTime", Instant.ofEpochSecond(CONTRACT_START_EPOCH).toString())
                .asString()
                .getBody();
    }
}
