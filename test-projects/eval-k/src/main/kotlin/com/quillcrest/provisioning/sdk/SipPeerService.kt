package com.quillcrest.provisioning.sdk

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.model.SipPeer
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumbers
import com.bandwidth.iris.sdk.model.Site
import com.bandwidth.iris.sdk.model.Tns
import org.springframework.stereotype.Service

/** Sites and SIP peers (locations) as the SDK sees them. */
@Service
class SipPeerService(private val irisClient: IrisClient) {

    fun sites(): List<Site> = Site.list(irisClient)

    fun peers(siteId: String): List<SipPeer> = SipPeer.list(irisClient, siteId)

    fun numbersOn(siteId: String, peerId: String): List<String> =
        SipPeer.get(irisClient, siteId, peerId).tns.map { it.fullNumber }

    fun forward(siteId: String, peerId: String, tn: String, forwardTo: String) {
        SipPeer.get(irisClient, siteId, peerId).updateTn(
            SipPeerTelephoneNumber().apply {
                fullNumber = tn
                callForward = forwardTo
            },
        )
    }

    fun move(siteId: String, targetPeerId: String, tns: List<String>) {
        SipPeer.get(irisClient, siteId, targetPeerId).moveTns(SipPeerTelephoneNumbers().apply { fullNumbers = tns })
    }

    /** Where does this number live? Used by the support console's "locate number" button. */
    fun locate(tn: String): Pair<String?, String?> =
        Tns.getSite(irisClient, tn).id to Tns.getSipPeer(irisClient, tn).peerId
}
