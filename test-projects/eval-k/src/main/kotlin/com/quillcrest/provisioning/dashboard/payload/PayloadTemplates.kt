package com.quillcrest.provisioning.dashboard.payload

import org.springframework.core.io.ClassPathResource
import org.springframework.stereotype.Component
import java.util.concurrent.ConcurrentHashMap

/**
 * XML request templates kept under `src/main/resources/templates`. Placeholders are written
 * `{{name}}`; values are inserted verbatim, so callers escape them when they need to.
 */
@Component
class PayloadTemplates {
    private val cache = ConcurrentHashMap<String, String>()

    fun render(path: String, values: Map<String, String>): String =
        values.entries.fold(load(path)) { acc, (key, value) -> acc.replace("{{$key}}", value) }

    private fun load(path: String): String =
        cache.computeIfAbsent(path) { ClassPathResource(it).inputStream.use { s -> s.readBytes().decodeToString() } }
}
