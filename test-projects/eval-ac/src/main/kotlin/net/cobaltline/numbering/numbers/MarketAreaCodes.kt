package net.cobaltline.numbering.numbers

/**
 * Area codes Cobaltline sells in, by market. Maintained by product, not read from Bandwidth.
 */
object MarketAreaCodes {
    val triangle: Set<Int> = setOf(919, 984, 252)
    val charlotte: Set<Int> = setOf(704, 980)
    val atlanta: Set<Int> = setOf(404, 470, 678, 770)

    val all: Set<Int> = triangle + charlotte + atlanta

    fun marketOf(areaCode: Int): String? = when (areaCode) {
        in triangle -> "triangle"
        in charlotte -> "charlotte"
        in atlanta -> "atlanta"
        else -> null
    }
}
