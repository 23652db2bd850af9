package net.cobaltline.numbering.numbers

/**
 * Number helpers shared by the API layer and the Dashboard clients.
 */
private val e164 = Regex("""^\+[1-9]\d{7,14}$""")
private val digitsOnly = Regex("""\D""")

/** "+1" + national number for NANP numbers; E.164 input is returned unchanged. */
fun String.toE164(): String {
    if (e164.matches(this)) return this
    val digits = replace(digitsOnly, "")
    return when {
        digits.length == 11 && digits.startsWith("1") -> "+$digits"
        else -> "+1$digits"
    }
}

/** Strips a leading +1 for display in the customer portal. */
fun String.toNational(): String = removePrefix("+1")

fun String.isE164(): Boolean = e164.matches(this)

/** (919) 555-1234 style, for e-mails and the portal. Expects a national number. */
fun String.pretty(): String =
    if (length == 10) "(${substring(0, 3)}) ${substring(3, 6)}-${substring(6)}" else this
