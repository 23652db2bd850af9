package net.halyardcomm.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.halyardcomm.backoffice.http.BasicAuth;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.iris.SipPeerProvisioner;
import net.halyardcomm.backoffice.support.Fixtures;
import net.halyardcomm.backoffice.support.RecordingHttpServer;
import net.halyardcomm.backoffice.templates.XmlTemplates;
import net.halyardcomm.backoffice.xml.JaxbCodec;

class SipPeerProvisionerTest {

    private RecordingHttpServer server;
    private SipPeerProvisioner provisioner;

    @BeforeEach
    void setUp() throws Exception {
        server = RecordingHttpServer.start().respond("PUT", "/accounts/9900417/sites/4410/sippeers/520817/tns/", 200, "");
        DashboardHttp http = new DashboardHttp(server.baseUrl(), new BasicAuth("t", "t"));
        provisioner = new SipPeerProvisioner(Fixtures.sdkClient(server), http, new JaxbCodec(), new XmlTemplates(),
                Fixtures.settings(server));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void enableSmsPutsMessagingSettings() {
        provisioner.enableSms("9195550133");

        assertEquals("PUT", server.last().method());
        assertEquals("/accounts/9900417/sites/4410/sippeers/520817/tns/9195550133", server.last().path());
        assertTrue(server.last().body().contains("<SmsEnabled>true</SmsEnabled>"));
    }

    @Test
    void callingNameOnlyHasNoMessagingElement() {
        provisioner.setCallingNameDisplay("+19195550134", true);

        assertFalse(server.last().body().contains("MessagingSettings"));
    }
}
