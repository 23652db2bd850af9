package net.cobaltline.numbering.legacy.iris

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.model.LnpOrder
import com.bandwidth.iris.sdk.model.ServiceAddress
import com.bandwidth.iris.sdk.model.Subscriber
import net.cobaltline.numbering.api.PortRequest

/** Port-ins for wholesale customers (SDK). */
class IrisPortIns(private val client: IrisClient, private val siteId: String) {

    fun submit(request: PortRequest, businessName: String, address: ServiceAddress): String {
        val order = LnpOrder().apply {
            setCustomerOrderId("WPORT-${request.customerId}-${System.currentTimeMillis() / 1000}")
            setSiteId(siteId)
            // the losing carriers' systems reject +1 numbers, so send them national
            setBillingTelephoneNumber(request.billingTelephoneNumber.removePrefix("+1"))
            setListOfPhoneNumbers(request.numbers.map { it.removePrefix("+1") })
            setLoaAuthorizingPerson(request.authorizingPerson)
            setSubscriber(
                Subscriber().apply {
                    setSubscriberType("BUSINESS")
                    setBusinessName(businessName)
                    setServiceAddress(address)
                },
            )
        }
        return LnpOrder.create(client, order).toString()
    }
}
