package com.acme.numbers

/** Where the Bandwidth Dashboard ("Iris") lives. */
object IrisEndpoints {
    const val BASE = "https://dashboard.bandwidth.com/api/v2"
    const val E911 = "/e911Addresses"
    const val IMPORTS = "/importTnOrders/messaging"
}

const val LEGACY_BASE = "https://api.inetwork.com/v1.0"
