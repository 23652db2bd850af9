package com.quillcrest.provisioning.ops

import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.module.kotlin.readValue
import com.quillcrest.provisioning.config.DashboardProperties
import org.springframework.core.io.ClassPathResource
import org.springframework.stereotype.Component

/**
 * Catalog of external endpoints shown in the ops console ("where does this call go?") and used
 * by the runbook links. Loaded from `dashboard-endpoints.json`.
 */
@Component
class EndpointCatalog(objectMapper: ObjectMapper, private val props: DashboardProperties) {

    private val endpoints: Map<String, String> =
        ClassPathResource("dashboard-endpoints.json").inputStream.use { objectMapper.readValue(it) }

    fun names(): Set<String> = endpoints.keys

    fun resolve(name: String): String? =
        endpoints[name]?.replace("{accountId}", props.accountId)
}
