package com.quillcrest.provisioning.vendors

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient
import org.springframework.web.client.body

/**
 * Secondary carriers we fall back to when the Dashboard has no stock in an area code.
 */
@Component
class FallbackCarrierClient(
    restClientBuilder: RestClient.Builder,
    @Value("\${twilio.account-sid:}") private val twilioSid: String,
    @Value("\${telnyx.api-key:}") private val telnyxKey: String,
) {
    private val client = restClientBuilder.build()

    fun twilioLocal(areaCode: Int): String? =
        client.get()
            .uri("https://api.twilio.com/2010-04-01/Accounts/$twilioSid/AvailablePhoneNumbers/US/Local.json?AreaCode=$areaCode&PageSize=20")
            .retrieve()
            .body<String>()

    fun telnyxLocal(areaCode: String): String? =
        client.get()
            .uri { b ->
                b.scheme("https").host("api.telnyx.com").path("/v2/available_phone_numbers")
                    .queryParam("filter[country_code]", "US")
                    .queryParam("filter[national_destination_code]", areaCode)
                    .queryParam("filter[limit]", 20)
                    .build()
            }
            .headers { it.setBearerAuth(telnyxKey) }
            .retrieve()
            .body<String>()
}
