package com.quillcrest.provisioning.sdk

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.model.BasicAuthentication
import com.bandwidth.iris.sdk.model.CallbackCredentials
import com.bandwidth.iris.sdk.model.CallbackSubscription
import com.bandwidth.iris.sdk.model.Subscription
import com.quillcrest.provisioning.config.DashboardProperties
import org.springframework.stereotype.Service

/**
 * SDK variant of the subscription setup, used at start-up to make sure every order type we
 * place has a callback subscription.
 */
@Service
class IrisSubscriptionService(
    private val irisClient: IrisClient,
    private val props: DashboardProperties,
) {

    fun ensureSubscribed(orderTypes: Collection<String>): List<String> {
        val existing = Subscription.list(irisClient, emptyMap()).mapNotNull { it.orderType }.toSet()
        return (orderTypes - existing).map(::subscribe)
    }

    fun subscribe(orderType: String): String {
        val subscription = Subscription().apply {
            this.orderType = orderType
            callbackSubscription = CallbackSubscription().apply {
                setURL(props.callbacks.publicUrl)
                expiry = props.callbacks.expiry.toString()
                callbackCredentials = CallbackCredentials().apply {
                    basicAuthentication = BasicAuthentication().apply {
                        username = props.callbacks.username
                        password = props.callbacks.password
                    }
                }
            }
        }
        return Subscription.create(irisClient, subscription).subscriptionId
    }
}
