package com.pinecrestcomm.qa.numbers.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock helpers for the contract tests that exercise the SDK-based helpers offline.
 */
public final class WireMockSupport {

    /** Stubs recorded from the test stack are kept for 30 days before re-recording. */
    public static final long RECORDING_TTL_MILLIS = 2592000000L;

    private WireMockSupport() {
    }

    public static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    public static ResponseDefinitionBuilder okXml(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/xml")
                .withBody(body);
    }

    public static ResponseDefinitionBuilder created(String location) {
        return aResponse()
                .withStatus(201)
                .withHeader("Location", location);
    }
}
