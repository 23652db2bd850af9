package com.quillcrest.provisioning.dashboard

import com.quillcrest.provisioning.config.DashboardProperties
import org.slf4j.LoggerFactory
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient

/**
 * Per-number settings on a SIP peer (location). The SDK's SipPeerTelephoneNumber model has no
 * messaging element, which is why this is raw HTTP.
 */
@Component
class SipPeerTnClient(
    private val dashboardRestClient: RestClient,
    private val props: DashboardProperties,
) {

    fun setSmsEnabled(tn: String, enabled: Boolean, siteId: String = props.defaultSiteId, sipPeerId: String = props.defaultSipPeerId) {
        val payload = """
            <SipPeerTelephoneNumber>
                <FullNumber>$tn</FullNumber>
                <MessagingSettings>
                    <SmsEnabled>$enabled</SmsEnabled>
                </MessagingSettings>
            </SipPeerTelephoneNumber>
        """.trimIndent()
        put(siteId, sipPeerId, tn, payload)
        log.info("SMS {} on {}", if (enabled) "enabled" else "disabled", tn)
    }

    fun setCallForward(tn: String, forwardTo: String, siteId: String = props.defaultSiteId, sipPeerId: String = props.defaultSipPeerId) {
        val payload = """
            <SipPeerTelephoneNumber>
                <FullNumber>$tn</FullNumber>
                <CallForward>$forwardTo</CallForward>
                <RPIDFormat>e164</RPIDFormat>
            </SipPeerTelephoneNumber>
        """.trimIndent()
        put(siteId, sipPeerId, tn, payload)
    }

    private fun put(siteId: String, sipPeerId: String, tn: String, payload: String) {
        dashboardRestClient.put()
            .uri(DashboardPaths.SIP_PEER_TN, props.accountId, siteId, sipPeerId, tn)
            .contentType(MediaType.APPLICATION_XML)
            .body(payload)
            .retrieve()
            .toBodilessEntity()
    }

    companion object {
        private val log = LoggerFactory.getLogger(SipPeerTnClient::class.java)
    }
}
