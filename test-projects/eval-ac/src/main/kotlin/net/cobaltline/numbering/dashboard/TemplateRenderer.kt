package net.cobaltline.numbering.dashboard

import java.util.concurrent.ConcurrentHashMap

/**
 * Renders the XML request templates under /templates. Placeholders are `${name}`;
 * a missing value is an error rather than an empty element.
 */
class TemplateRenderer(private val root: String = "/templates") {
    private val cache = ConcurrentHashMap<String, String>()
    private val placeholder = Regex("""\$\{([A-Za-z0-9_]+)}""")

    fun render(name: String, values: Map<String, Any>): String {
        val template = cache.getOrPut(name) {
            javaClass.getResourceAsStream("$root/$name")?.bufferedReader()?.use { it.readText() }
                ?: error("No request template $root/$name")
        }
        return placeholder.replace(template) { match ->
            val key = match.groupValues[1]
            values[key]?.toString() ?: throw IllegalArgumentException("Template $name needs '$key'")
        }
    }

    companion object {
        fun telephoneNumberElements(tns: Collection<String>, indent: String = "        "): String =
            tns.joinToString("\n") { "$indent<TelephoneNumber>$it</TelephoneNumber>" }
    }
}
