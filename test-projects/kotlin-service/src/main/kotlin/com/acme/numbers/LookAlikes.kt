package com.acme.numbers

import java.net.http.HttpClient

// Other APIs, and our own: nothing here goes to the Dashboard's v1.
class MessagingClient(private val http: HttpClient = HttpClient.newHttpClient()) {
    private val messages = "https://messaging.bandwidth.com/api/v2/users/9900123/messages"
    private val calls = "https://voice.bandwidth.com/api/v2/accounts/9900123/calls"
    private val current = "https://dashboard.bandwidth.com/api/v2/accounts/9900123/sites"

    fun ownAddresses(customer: String) = "https://crm.acme.com/api/accounts/$customer/addresses"

    fun ownSearch(areaCode: String) = "https://crm.acme.com/api/leads?areaCode=$areaCode"

    val startedAt = 1700000000L
    val maxInt = 2147483647

    fun all() = listOf(messages, calls, current)
}
