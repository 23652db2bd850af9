package net.cobaltline.numbering.integrations

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.contentType
import net.cobaltline.numbering.config.BandwidthEndpoints

/** Carrier lookups before porting (Bandwidth Phone Number Lookup) and toll-free verification hooks. */
class NumberLookupClient(private val http: HttpClient, private val accountId: String) {

    suspend fun lookup(tns: List<String>): String =
        http.post("${BandwidthEndpoints.LOOKUP_BASE}/accounts/$accountId/tnlookup") {
            contentType(ContentType.Application.Json)
            setBody(tns.joinToString(",", prefix = """{"tns":[""", postfix = "]}") { "\"$it\"" })
        }.bodyAsText()

    suspend fun lookupStatus(requestId: String): String =
        http.get("https://api.bandwidth.com/v2/accounts/$accountId/tnlookup/$requestId").bodyAsText()

    suspend fun tollFreeWebhookSubscriptions(): String =
        http.get(BandwidthEndpoints.TOLL_FREE_WEBHOOKS.format(accountId)).bodyAsText()

    suspend fun subscribeTollFreeWebhook(callbackUrl: String): String =
        http.post("https://api.bandwidth.com/api/v2/accounts/$accountId/tollFreeVerification/webhooks/subscriptions") {
            contentType(ContentType.Application.Json)
            setBody("""{"callbackUrl":"$callbackUrl","sharedSecretKey":"${System.getenv("TFV_SECRET").orEmpty()}"}""")
        }.bodyAsText()
}
