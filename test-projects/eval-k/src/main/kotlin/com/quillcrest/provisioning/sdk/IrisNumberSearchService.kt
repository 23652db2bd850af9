package com.quillcrest.provisioning.sdk

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.model.AvailableNpaNxx
import com.bandwidth.iris.sdk.model.AvailableNumbers
import com.bandwidth.iris.sdk.model.InserviceNumber
import com.bandwidth.iris.sdk.model.Tns
import org.slf4j.LoggerFactory
import org.springframework.stereotype.Service

/**
 * Number search through the Iris SDK. The storefront calls [searchByAreaCode]; the porting
 * desk uses [inServiceInAreaCode] to check whether a customer's numbers are already ours.
 */
@Service
class IrisNumberSearchService(private val irisClient: IrisClient) {

    fun searchByAreaCode(areaCode: String, quantity: Int = 25): List<String> {
        val query = mapOf<String, Any>(
            "areaCode" to areaCode,
            "quantity" to quantity,
            "enableTNDetail" to false,
        )
        @Suppress("UNCHECKED_CAST")
        val found = AvailableNumbers.search(irisClient, query) as List<String>
        log.debug("search areaCode={} found {}", areaCode, found.size)
        return found.filter { it.length == 10 }
    }

    /** Same search, for the Canadian storefront, which already passes the country. */
    fun searchCanada(areaCode: String, quantity: Int = 25): List<*> =
        AvailableNumbers.search(
            irisClient,
            mapOf("countryCodeA3" to "CAN", "areaCode" to areaCode, "quantity" to quantity),
        )

    fun npaNxxStock(areaCode: String): Map<String, Int> =
        AvailableNpaNxx.list(irisClient, hashMapOf<String, Any>().apply { put("areaCode", areaCode) })
            .associate { "${it.npa}${it.nxx}" to it.quantity }

    fun inServiceInAreaCode(areaCode: String): List<String> {
        val query = HashMap<String, Any>()
        query["areacode"] = areaCode
        query["size"] = 500
        return InserviceNumber.list(irisClient, query).telephoneNumbers.orEmpty()
    }

    fun inServiceInState(state: String): List<String> =
        InserviceNumber.list(irisClient, mapOf("state" to state, "size" to 500)).telephoneNumbers.orEmpty()

    fun inServiceAsNumbers(areaCode: String): Set<Long> =
        inServiceInAreaCode(areaCode).map { it.toLong() }.toSet()

    fun rateCenterOf(tn: String): String? = Tns.getRateCenter(irisClient, tn).rateCenter

    companion object {
        private val log = LoggerFactory.getLogger(IrisNumberSearchService::class.java)
    }
}
