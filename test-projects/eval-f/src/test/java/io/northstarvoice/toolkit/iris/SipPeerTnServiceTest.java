package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.TestConfigs;
import io.northstarvoice.toolkit.http.IrisRequest;
import io.northstarvoice.toolkit.http.RecordingTransport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipPeerTnServiceTest {

    private final RecordingTransport transport = new RecordingTransport();
    private final SipPeerTnService service = new SipPeerTnService(transport, TestConfigs.sandbox());

    @Test
    void forwardingFillsTemplate() {
        service.forwardTo("+19195550110", "+19195550100");

        IrisRequest sent = transport.last();
        assertEquals(IrisRequest.Method.PUT, sent.method());
        assertTrue(sent.uri().getPath().endsWith("/sites/461/sippeers/303716/tns/+19195550110"));
        assertTrue(sent.body().contains("<CallForward>+19195550100</CallForward>"));
    }
}
