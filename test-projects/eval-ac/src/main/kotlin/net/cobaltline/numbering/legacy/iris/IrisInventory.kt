package net.cobaltline.numbering.legacy.iris

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.model.AvailableNpaNxx
import com.bandwidth.iris.sdk.model.InserviceNumber

/** Inventory reads for the wholesale sub-account (SDK). */
class IrisInventory(private val client: IrisClient) {

    /** Numbers in service in an area code, as longs for the wholesale billing export. */
    fun inService(areaCode: String): List<Long> {
        val query = hashMapOf<String, Any>("areaCode" to areaCode, "page" to 1, "size" to 500)
        return InserviceNumber.list(client, query).telephoneNumbers.orEmpty().map { it.toLong() }
    }

    /** Canadian overlay numbers: the Dashboard needs the country for these. */
    fun inServiceCanada(areaCode: String): List<String> =
        InserviceNumber.list(client, mapOf("countryCodeA3" to "CAN", "areaCode" to areaCode)).telephoneNumbers.orEmpty()

    fun exchanges(areaCode: String): Map<Int, List<String>> {
        val query = HashMap<String, Any>()
        query["areaCode"] = areaCode
        query["quantity"] = 1
        return AvailableNpaNxx.list(client, query).groupBy({ Integer.parseInt(it.npa) }, { it.nxx })
    }

    fun countInAreaCodes(areaCodes: List<String>): Int = areaCodes.sumOf { ac ->
        val query = HashMap<String, Any>()
        query.put("areacode", ac)
        InserviceNumber.list(client, query).totalCount
    }
}
