package net.cobaltline.numbering.numbers

/**
 * A telephone number as the Dashboard gives it to us and as tn_inventory stores it:
 * ten digits, no country code.
 */
@JvmInline
value class Tn(val digits: String) {
    init {
        require(digits.length == 10 && digits.all(Char::isDigit)) { "not a 10-digit TN: $digits" }
    }

    val npa: String get() = digits.substring(0, 3)
    val nxx: String get() = digits.substring(3, 6)

    fun areaCode(): Int = npa.toInt()

    override fun toString(): String = digits

    companion object {
        fun parse(raw: String): Tn = Tn(raw.trim().removePrefix("+1"))
    }
}
