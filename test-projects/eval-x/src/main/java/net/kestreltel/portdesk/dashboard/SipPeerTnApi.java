package net.kestreltel.portdesk.dashboard;

import feign.Body;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import net.kestreltel.portdesk.dashboard.model.SipPeerTnXml;

/** Per-number settings on our SIP peer (location). */
@Headers({"Content-Type: application/xml", "Accept: application/xml"})
public interface SipPeerTnApi {

    @RequestLine("PUT /accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}")
    @Body("<SipPeerTelephoneNumber><FullNumber>{tn}</FullNumber><MessagingSettings><SmsEnabled>{smsEnabled}</SmsEnabled></MessagingSettings></SipPeerTelephoneNumber>")
    void setSms(@Param("accountId") String accountId, @Param("siteId") String siteId, @Param("peerId") String peerId,
                @Param("tn") String tn, @Param("smsEnabled") boolean smsEnabled);

    @RequestLine("PUT /accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}")
    @Body("<SipPeerTelephoneNumber><FullNumber>{tn}</FullNumber><CallForward>{forward}</CallForward></SipPeerTelephoneNumber>")
    void setCallForward(@Param("accountId") String accountId, @Param("siteId") String siteId,
                        @Param("peerId") String peerId, @Param("tn") String tn, @Param("forward") String forward);

    @RequestLine("PUT /accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}")
    void update(@Param("accountId") String accountId, @Param("siteId") String siteId, @Param("peerId") String peerId,
                @Param("tn") String tn, SipPeerTnXml body);

    @RequestLine("GET /accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}")
    SipPeerTnXml get(@Param("accountId") String accountId, @Param("siteId") String siteId, @Param("peerId") String peerId,
                     @Param("tn") String tn);
}
