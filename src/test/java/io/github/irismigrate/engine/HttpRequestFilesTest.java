package io.github.irismigrate.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request files of HTTP clients (IntelliJ's {@code .http}, VS Code REST Client's {@code .rest}) that a team keeps
 * beside its code: each request's URL (a variable the file declares read as its value) and body are read as texts
 * sent to where the URL goes; other APIs' requests and the team's own stay.
 */
class HttpRequestFilesTest {
    @TempDir
    Path project;

    private static final String REQUESTS = """
            # Requests the NOC runs by hand.
            @dashboard = https://dashboard.bandwidth.com/api

            ### E911 addresses
            GET {{dashboard}}/accounts/{{accountId}}/addresses
            Authorization: Basic {{user}} {{password}}

            ### In-service numbers of one area code
            GET https://dashboard.bandwidth.com/api/v2/accounts/{{accountId}}/inserviceNumbers?areacode=919 HTTP/1.1

            ### Host the NOC test line for messaging
            POST https://dashboard.bandwidth.com/api/v2/accounts/{{accountId}}/importTnOrders/messaging
            Content-Type: application/xml

            <ImportTnOrder>
              <CustomerOrderId>noc-1</CustomerOrderId>
              <TelephoneNumbers>
                <TelephoneNumber>9194605017</TelephoneNumber>
              </TelephoneNumbers>
            </ImportTnOrder>

            ### Outbound test SMS
            POST https://messaging.bandwidth.com/api/v2/users/{{id}}/messages
            Content-Type: application/json

            {"from": "9194605000", "to": ["9195550188"], "text": "ping"}

            ### Our own portal
            GET https://edge.example.net/api/accounts/{{customerId}}/addresses
            """;

    private static List<String> positions(ScanResult r) {
        return r.findings().stream().map(f -> f.rule().id() + " " + f.file() + ":" + f.line()).toList();
    }

    @Test
    void requestsOfAnHttpClientFileAreReadAndFixedInPlace() throws Exception {
        Path file = project.resolve("ops/dashboard.http");
        Files.createDirectories(file.getParent());
        Files.writeString(file, REQUESTS, StandardCharsets.UTF_8);
        ScanResult r = new Engine(m -> { }).check(ScanRequest.of(project, List.of()));
        assertThat(positions(r)).containsExactlyInAnyOrder(
                "BW001 ops/dashboard.http:2",
                "BW002 ops/dashboard.http:5",
                "BW005 ops/dashboard.http:9",
                "BW006 ops/dashboard.http:18");
        assertThat(r.errors()).isEmpty();

        new Engine(m -> { }).fix(ScanRequest.of(project, List.of()));
        String fixed = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(fixed)
                .contains("@dashboard = https://dashboard.bandwidth.com/api/v2\n")
                .contains("GET {{dashboard}}/accounts/{{accountId}}/e911Addresses\n")
                .contains("inserviceNumbers?countryCodeA3=USA&areaCode=919 HTTP/1.1\n")
                .contains("<TelephoneNumber>+19194605017</TelephoneNumber>")
                .contains("{\"from\": \"9194605000\", \"to\": [\"9195550188\"]")
                .contains("GET https://edge.example.net/api/accounts/{{customerId}}/addresses\n");
        // a second run finds nothing left to fix
        assertThat(new Engine(m -> { }).check(ScanRequest.of(project, List.of())).findings()).isEmpty();
    }
}
