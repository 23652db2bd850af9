package io.github.irismigrate.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding's line and column are where a person edits, in every kind of file. */
class FindingPositionsTest {
    @TempDir
    Path project;

    private List<String> positions() {
        ScanResult r = new Engine(m -> { }).check(ScanRequest.of(project, List.of()));
        return r.findings().stream().map(f -> f.rule().id() + " " + f.file() + ":" + f.line() + ":" + f.column()).toList();
    }

    @Test
    void usageInsideATextBlockIsReportedOnItsOwnLine() throws Exception {
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("src/Orders.java"), """
                class Orders {
                    String body() {
                        return \"""
                            <Order>
                              <ExistingTelephoneNumberOrderType>
                                <TelephoneNumberList>
                                  <TelephoneNumber>9195551234</TelephoneNumber>
                                </TelephoneNumberList>
                              </ExistingTelephoneNumberOrderType>
                            </Order>
                            \""";
                    }
                    String url = "https://dashboard.bandwidth.com/api/accounts/1/orders";
                }
                """);
        assertThat(positions()).containsExactly("BW006 src/Orders.java:7:36", "BW001 src/Orders.java:13:50");
    }

    /**
     * A finding in a Kotlin raw string is marked on the whole template (a mark inside would print into the string),
     * and reported on the line of the string it is on, after the pieces and templates before it.
     */
    @Test
    void usageInsideAKotlinRawStringIsReportedOnItsOwnLine() throws Exception {
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("src/SipPeerTns.kt"), """
                class SipPeerTns(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                    fun smsOn(tn: String): Pair<String, String> {
                        val payload = \"""
                            <SipPeerTelephoneNumber>
                                <FullNumber>$tn</FullNumber>
                                <MessagingSettings>
                                    <SmsEnabled>true</SmsEnabled>
                                </MessagingSettings>
                            </SipPeerTelephoneNumber>
                        \""".trimIndent()
                        return "$base/accounts/1/sites/2/sippeers/3/tns/$tn" to payload
                    }
                }
                """);
        assertThat(positions()).containsExactly("BW009 src/SipPeerTns.kt:6:18");
    }

    /**
     * A query a helper builds on a JAX-RS target and its caller sends: the areaCode is seen in the helper's chain and
     * again through the caller's, and is one finding.
     */
    @Test
    void oneUsageSeenAlongTwoPathsIsOneFinding() throws Exception {
        Path jaxRs = Path.of(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).stream()
                .filter(e -> e.contains("jakarta.ws.rs-api")).findFirst().orElseThrow());
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("src/Search.java"), """
                import jakarta.ws.rs.client.Client;
                import jakarta.ws.rs.client.WebTarget;
                class Search {
                    private final WebTarget account;
                    Search(Client client) {
                        this.account = client.target("https://dashboard.bandwidth.com/api/v2").path("accounts").path("9900001");
                    }
                    public WebTarget availableTarget(String areaCode) {
                        return account.path("availableNumbers")
                                .queryParam("areaCode", areaCode);
                    }
                    public String available(String areaCode) {
                        return availableTarget(areaCode).request("application/xml").get(String.class);
                    }
                }
                """);
        ScanResult r = new Engine(m -> { }).check(ScanRequest.of(project, List.of(jaxRs)));
        assertThat(r.findings()).extracting(f -> f.rule().id() + " " + f.file() + ":" + f.line() + ":" + f.column())
                .containsExactly("BW005 src/Search.java:10:29");
    }

    @Test
    void crlfFilesAndConfigLanguagesKeepTheirLines() throws Exception {
        Files.writeString(project.resolve("Client.java"),
                "class Client {\r\n\r\n    String base = \"https://dashboard.bandwidth.com/v1.0\";\r\n}\r\n");
        Files.writeString(project.resolve("application.yml"), "iris:\n  # the Dashboard\n  url: https://dashboard.bandwidth.com/api\n");
        Files.writeString(project.resolve("iris.xml"), "<config>\n  <uri>https://api.inetwork.com/v1.0</uri>\n</config>\n");
        assertThat(positions()).containsExactlyInAnyOrder("BW001 Client.java:3:51", "BW001 application.yml:3:8",
                "BW001 iris.xml:2:8");
    }
}
