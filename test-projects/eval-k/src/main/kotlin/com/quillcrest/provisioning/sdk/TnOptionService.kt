package com.quillcrest.provisioning.sdk

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.model.TnOptionGroup
import com.bandwidth.iris.sdk.model.TnOptionOrder
import com.bandwidth.iris.sdk.model.TnOptions
import org.springframework.stereotype.Service
import java.util.UUID

/** TN option orders: SMS on/off, call forwarding, CNAM display. */
@Service
class TnOptionService(private val irisClient: IrisClient) {

    fun setSms(tns: List<String>, enabled: Boolean): String {
        val order = TnOptionOrder().apply {
            customerOrderId = "sms-${UUID.randomUUID()}"
            tnOptionGroups = listOf(
                TnOptionGroup().apply {
                    sms = if (enabled) "on" else "off"
                    telephoneNumbers = tns
                },
            )
        }
        return TnOptions.create(irisClient, order).tnOptionOrder.orderId
    }

    /** Our own support and sales lines must always accept SMS; re-applied after every DR drill. */
    fun reapplyCorporateSms(): String = setSms(CORPORATE_LINES, enabled = true)

    fun forwardCorporateLines(forwardTo: String): String {
        val order = TnOptionOrder().apply {
            customerOrderId = "fwd-${UUID.randomUUID()}"
            tnOptionGroups = listOf(
                TnOptionGroup().apply {
                    callForward = forwardTo
                    telephoneNumbers = CORPORATE_LINES
                },
            )
        }
        return TnOptions.create(irisClient, order).tnOptionOrder.orderId
    }

    companion object {
        val CORPORATE_LINES = listOf(
            "9192304410",
            "9192304411",
            "8885550142",
        )
    }
}
