package com.quillcrest.provisioning.dashboard.payload

import com.quillcrest.provisioning.dashboard.model.E911AddressRequest

/** `<TelephoneNumber>..</TelephoneNumber>` elements for each number, in order. */
fun telephoneNumbersXml(tns: Iterable<String>): String =
    tns.joinToString(separator = "") { "<TelephoneNumber>$it</TelephoneNumber>" }

/** Order for numbers we already picked from a search (ExistingTelephoneNumberOrderType). */
fun existingNumbersOrderXml(customerOrderId: String, siteId: String, sipPeerId: String, tns: List<String>): String =
    """
    <Order>
        <CustomerOrderId>$customerOrderId</CustomerOrderId>
        <SiteId>$siteId</SiteId>
        <PeerId>$sipPeerId</PeerId>
        <PartialAllowed>false</PartialAllowed>
        <ExistingTelephoneNumberOrderType>
            <TelephoneNumberList>${telephoneNumbersXml(tns)}</TelephoneNumberList>
        </ExistingTelephoneNumberOrderType>
    </Order>
    """.trimIndent()

fun e911AddressPayload(address: E911AddressRequest): String = with(address) {
    """
    <Address>
        <HouseNumber>$houseNumber</HouseNumber>
        <StreetName>$streetName</StreetName>
        <City>$city</City>
        <StateCode>$stateCode</StateCode>
        <Zip>$zip</Zip>
        <Country>US</Country>
        <AddressType>Service</AddressType>
    </Address>
    """.trimIndent()
}

/** TN option order switching SMS for a batch of numbers (the supported way since 2023). */
fun smsTnOptionXml(customerOrderId: String, tns: List<String>, enabled: Boolean): String =
    buildString {
        append("<TnOptionOrder><CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
        append("<TnOptionGroups><TnOptionGroup>")
        append("<Sms>").append(if (enabled) "on" else "off").append("</Sms>")
        append("<TelephoneNumbers>").append(telephoneNumbersXml(tns)).append("</TelephoneNumbers>")
        append("</TnOptionGroup></TnOptionGroups></TnOptionOrder>")
    }
