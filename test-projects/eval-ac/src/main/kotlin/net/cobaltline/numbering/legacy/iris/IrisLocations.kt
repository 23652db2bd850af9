package net.cobaltline.numbering.legacy.iris

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.model.BasicAuthentication
import com.bandwidth.iris.sdk.model.CallbackCredentials
import com.bandwidth.iris.sdk.model.CallbackSubscription
import com.bandwidth.iris.sdk.model.SipPeer
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber
import com.bandwidth.iris.sdk.model.Subscription
import com.bandwidth.iris.sdk.model.TnOptionGroup
import com.bandwidth.iris.sdk.model.TnOptionOrder
import com.bandwidth.iris.sdk.model.TnOptions

/** SIP peer settings, TN options and subscriptions for the wholesale sub-account. */
class IrisLocations(private val client: IrisClient, private val siteId: String, private val sipPeerId: String) {

    fun forwardCalls(tn: String, forwardTo: String) {
        val peer = SipPeer.get(client, siteId, sipPeerId)
        val settings = SipPeerTelephoneNumber().apply {
            setFullNumber(tn)
            setCallForward(forwardTo)
        }
        peer.updateTn(settings)
    }

    fun setSms(tns: List<String>, on: Boolean): String? {
        val group = TnOptionGroup().apply {
            setSms(if (on) "on" else "off")
            setTelephoneNumbers(tns)
        }
        val order = TnOptionOrder().apply {
            setCustomerOrderId("wsms-" + System.currentTimeMillis())
            setTnOptionGroups(listOf(group))
        }
        return TnOptions.create(client, order).tnOptionOrder?.orderId
    }

    fun subscribeOrders(callbackUrl: String, user: String, password: String): String {
        val callback = CallbackSubscription().apply {
            setURL(callbackUrl)
            setExpiry("3122064000")
            setCallbackCredentials(
                CallbackCredentials().apply {
                    setBasicAuthentication(BasicAuthentication().apply { setUsername(user); setPassword(password) })
                },
            )
        }
        val subscription = Subscription().apply {
            setOrderType("orders")
            setCallbackSubscription(callback)
        }
        return Subscription.create(client, subscription).subscriptionId
    }
}
