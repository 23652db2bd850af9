package com.quillcrest.provisioning.util

/*
 * Helpers for phone numbers typed by people into the customer portal ("(919) 555-0123",
 * "919.555.0123", ...). Dashboard data does not go through here.
 */

private val NON_DIGITS = Regex("[^0-9]")

fun String.digitsOnly(): String = replace(NON_DIGITS, "")

/** True for a 10-digit US number as typed in a form, with or without punctuation. */
fun String.isUsNationalNumber(): Boolean = digitsOnly().length == 10

/** "(919) 555-0123" for display in the storefront. */
fun String.formatUsNational(): String {
    val d = digitsOnly().takeLast(10)
    if (d.length != 10) return this
    return "(${d.substring(0, 3)}) ${d.substring(3, 6)}-${d.substring(6)}"
}

/** E.164 for the messaging and voice APIs, which have always required it. */
fun String.toE164(): String {
    val d = digitsOnly()
    return when {
        startsWith("+") -> "+$d"
        d.length == 10 -> "+1$d"
        d.length == 11 && d.startsWith("1") -> "+$d"
        else -> throw IllegalArgumentException("not a NANP number: $this")
    }
}
