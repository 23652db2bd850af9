package io.github.irismigrate.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OSGi application as Apache Karaf runs it: Configuration Admin's {@code etc/*.cfg} files (properties syntax) are
 * read like properties files, and a Blueprint context's beans ({@code <argument value="${dashboard.baseUrl}"/>}) are
 * what the project's classes are built with, their placeholders resolved against the context's own
 * {@code <cm:default-properties>}.
 */
class OsgiConfigurationTest {
    @TempDir
    Path project;

    private void write(String path, String text) throws Exception {
        Path f = project.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private void karafProject() throws Exception {
        write("etc/com.acme.numbering.cfg", """
                # Interop lab, only reachable through the old host
                lab.baseUrl = https://api.test.inetwork.com/v1.0
                messaging.baseUrl = https://messaging.bandwidth.com/api/v2
                dashboard.baseUrl = https://dashboard.bandwidth.com/api
                """);
        write("src/main/resources/OSGI-INF/blueprint/numbering.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <blueprint xmlns="http://www.osgi.org/xmlns/blueprint/v1.0.0"
                           xmlns:cm="http://aries.apache.org/blueprint/xmlns/blueprint-cm/v1.1.0">
                    <cm:property-placeholder persistent-id="com.acme.numbering">
                        <cm:default-properties>
                            <cm:property name="dashboard.baseUrl" value="https://dashboard.bandwidth.com/api"/>
                        </cm:default-properties>
                    </cm:property-placeholder>
                    <bean id="dashboardHttp" class="com.acme.http.DashboardHttp">
                        <argument value="${dashboard.baseUrl}"/>
                    </bean>
                    <bean id="e911Service" class="com.acme.e911.E911Service">
                        <argument ref="dashboardHttp"/>
                    </bean>
                </blueprint>
                """);
        write("src/main/java/com/acme/http/DashboardHttp.java", """
                package com.acme.http;

                import java.net.URI;
                import java.net.http.HttpClient;
                import java.net.http.HttpRequest;
                import java.net.http.HttpResponse;

                public class DashboardHttp {
                    private final String baseUrl;
                    private final HttpClient client = HttpClient.newHttpClient();

                    public DashboardHttp(String baseUrl) {
                        this.baseUrl = baseUrl;
                    }

                    public String get(String path) throws Exception {
                        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                    }
                }
                """);
        write("src/main/java/com/acme/e911/E911Service.java", """
                package com.acme.e911;

                import com.acme.http.DashboardHttp;

                public class E911Service {
                    private final DashboardHttp http;

                    public E911Service(DashboardHttp http) {
                        this.http = http;
                    }

                    public String addresses(String accountId) throws Exception {
                        return http.get("/accounts/" + accountId + "/addresses");
                    }
                }
                """);
    }

    @Test
    void karafConfigurationAndBlueprintBeansAreRead() throws Exception {
        karafProject();
        ScanResult r = new Engine(m -> { }).check(ScanRequest.of(project, List.of()));
        assertThat(r.findings().stream().map(f -> f.rule().id() + " " + f.file() + ":" + f.line()).toList())
                .containsExactlyInAnyOrder(
                        "BW001 etc/com.acme.numbering.cfg:2",
                        "BW001 etc/com.acme.numbering.cfg:4",
                        "BW001 src/main/resources/OSGI-INF/blueprint/numbering.xml:6",
                        "BW002 src/main/java/com/acme/e911/E911Service.java:13");
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void aFixIsWrittenToTheCfgFileAndTheBlueprintContext() throws Exception {
        karafProject();
        new Engine(m -> { }).fix(ScanRequest.of(project, List.of()));
        assertThat(Files.readString(project.resolve("src/main/java/com/acme/e911/E911Service.java"), StandardCharsets.UTF_8))
                .contains("\"/accounts/\" + accountId + \"/e911Addresses\"");
        assertThat(Files.readString(project.resolve("src/main/resources/OSGI-INF/blueprint/numbering.xml"), StandardCharsets.UTF_8))
                .contains("value=\"https://dashboard.bandwidth.com/api/v2\"");
        // the Dashboard base is fixed in the .cfg file itself; the legacy host is flagged, not rewritten (host and path
        // change together); nothing else in the file moves, and no file is left under another name
        assertThat(Files.readString(project.resolve("etc/com.acme.numbering.cfg"), StandardCharsets.UTF_8))
                .isEqualTo("""
                        # Interop lab, only reachable through the old host
                        lab.baseUrl = https://api.test.inetwork.com/v1.0
                        messaging.baseUrl = https://messaging.bandwidth.com/api/v2
                        dashboard.baseUrl = https://dashboard.bandwidth.com/api/v2
                        """);
        try (var files = Files.list(project.resolve("etc"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("com.acme.numbering.cfg");
        }
    }
}
