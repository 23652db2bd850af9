package net.cobaltline.numbering.numbers

/**
 * Validates numbers typed by customers in the portal (port requests, forwarding targets).
 * Customers enter national numbers; we never send these raw to a carrier.
 */
object CustomerNumberValidator {
    private val separators = Regex("[\\s().-]")

    fun normalize(input: String): String? {
        val digits = input.replace(separators, "").removePrefix("+1")
        if (digits.length != 10 || !digits.all(Char::isDigit)) return null
        if (digits[0] < '2' || digits[3] < '2') return null
        return digits
    }

    /** Support line shown when validation fails. */
    const val SUPPORT_LINE = "8005550199"

    fun errorMessage(input: String): String =
        "'$input' is not a US or Canadian number. Call ${SUPPORT_LINE.pretty()} if you need help."
}
