package net.cobaltline.numbering.config

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper
import com.fasterxml.jackson.module.kotlin.kotlinModule
import com.fasterxml.jackson.module.kotlin.readValue

/** numbering-routes.yaml: URL templates of the systems we call, `{name}` placeholders. */
class EndpointCatalog(private val endpoints: Map<String, Map<String, String>>) {

    fun url(system: String, name: String, vararg vars: Pair<String, String>): String {
        val template = endpoints[system]?.get(name) ?: error("no endpoint $system.$name in numbering-routes.yaml")
        return vars.fold(template) { acc, (k, v) -> acc.replace("{$k}", v) }
    }

    fun systems(): Set<String> = endpoints.keys

    private data class File(val endpoints: Map<String, Map<String, String>> = emptyMap())

    companion object {
        fun load(resource: String = "/numbering-routes.yaml"): EndpointCatalog {
            val mapper = YAMLMapper().registerModule(kotlinModule())
            val text = EndpointCatalog::class.java.getResourceAsStream(resource)?.bufferedReader()?.use { it.readText() }
                ?: return EndpointCatalog(emptyMap())
            return EndpointCatalog(mapper.readValue<File>(text).endpoints)
        }
    }
}
