package net.halyardcomm.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.halyardcomm.backoffice.hosted.ExternalTnsClient;
import net.halyardcomm.backoffice.http.BasicAuth;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.support.RecordingHttpServer;
import net.halyardcomm.backoffice.support.TestNumbers;
import net.halyardcomm.backoffice.templates.XmlTemplates;

class ExternalTnsClientTest {

    private RecordingHttpServer server;
    private ExternalTnsClient client;

    @BeforeEach
    void setUp() throws Exception {
        server = RecordingHttpServer.start()
                .respond("POST", "/accounts/9900417/", 201, "", "https://example.invalid/x/ext-55")
                .respond("GET", "/accounts/9900417/", 200, "<ExternalTnsOrder><ProcessingStatus>COMPLETE</ProcessingStatus></ExternalTnsOrder>");
        client = new ExternalTnsClient(new DashboardHttp(server.baseUrl(), new BasicAuth("t", "t")), new XmlTemplates(),
                TestNumbers.ACCOUNT, TestNumbers.SITE, TestNumbers.PEER);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void addPostsTemplate() {
        assertEquals("ext-55", client.add("EXT-1", Arrays.asList("3365550190", "3365550191")));

        assertEquals("/accounts/9900417/externalTns", server.last().path());
        assertTrue(server.last().body().contains("<Action>IMPORT</Action>"));
    }

    @Test
    void statusReadsOrder() {
        assertTrue(client.status("ext-55").contains("COMPLETE"));
    }
}
