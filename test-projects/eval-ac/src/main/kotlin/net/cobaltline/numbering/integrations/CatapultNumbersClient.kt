package net.cobaltline.numbering.integrations

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.request.parameter
import io.ktor.client.statement.bodyAsText

/**
 * Old Catapult account of the acquired Pinecrest business. Only used to list what is left
 * there before it is closed; Catapult has its own API and is not being migrated.
 */
class CatapultNumbersClient(private val http: HttpClient, private val userId: String) {

    suspend fun availableLocal(areaCode: String, quantity: Int = 10): String =
        http.get("https://api.catapult.inetwork.com/v1/users/$userId/availableNumbers/local?areaCode=$areaCode&quantity=$quantity")
            .bodyAsText()

    suspend fun ownedNumbers(areaCode: String): String =
        http.get("https://api.catapult.inetwork.com/v1/users/$userId/phoneNumbers") {
            parameter("areaCode", areaCode)
            parameter("size", 1000)
        }.bodyAsText()
}
