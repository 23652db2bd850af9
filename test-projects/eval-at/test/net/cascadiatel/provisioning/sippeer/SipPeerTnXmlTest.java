package net.cascadiatel.provisioning.sippeer;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import net.cascadiatel.provisioning.iris.Xml;
import org.junit.Test;

public class SipPeerTnXmlTest {

    @Test
    public void writesMessagingSettings() {
        SipPeerTnXml payload = new SipPeerTnXml();
        payload.setFullNumber("2065550142");
        payload.setMessagingSettings(new SipPeerTnXml.MessagingSettings(true));

        String xml = Xml.write(payload);

        assertTrue(xml.contains("<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings>"));
    }

    @Test
    public void omitsUnsetElements() {
        SipPeerTnXml payload = new SipPeerTnXml();
        payload.setCallForward("+15415550190");

        String xml = Xml.write(payload);

        assertFalse(xml.contains("MessagingSettings"));
        assertFalse(xml.contains("FullNumber"));
    }
}
