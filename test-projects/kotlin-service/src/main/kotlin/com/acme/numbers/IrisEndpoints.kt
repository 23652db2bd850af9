package com.acme.numbers

/** Where the Bandwidth Dashboard ("Iris") lives. */
object IrisEndpoints {
    const val BASE = "https://dashboard.bandwidth.com/api"
    const val E911 = "/addresses"
    const val IMPORTS = "/importTnOrders"
}

const val LEGACY_BASE = "https://api.inetwork.com/v1.0"
