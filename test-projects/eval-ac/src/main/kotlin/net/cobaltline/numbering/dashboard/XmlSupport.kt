package net.cobaltline.numbering.dashboard

import com.fasterxml.jackson.databind.DeserializationFeature
import com.fasterxml.jackson.dataformat.xml.XmlMapper
import com.fasterxml.jackson.module.kotlin.kotlinModule
import com.fasterxml.jackson.module.kotlin.readValue
import io.ktor.client.request.HttpRequestBuilder
import io.ktor.client.request.setBody
import io.ktor.client.statement.HttpResponse
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.content.TextContent

object DashboardXml {
    val mapper: XmlMapper = XmlMapper.builder()
        .addModule(kotlinModule())
        .defaultUseWrapper(false)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build()

    fun write(value: Any): String = mapper.writeValueAsString(value)

    inline fun <reified T> read(xml: String): T = mapper.readValue(xml)
}

/** Sends [payload] as the XML body; strings are sent as they are. */
fun HttpRequestBuilder.xmlBody(payload: Any) {
    val text = payload as? String ?: DashboardXml.write(payload)
    setBody(TextContent(text, ContentType.Application.Xml))
}

suspend inline fun <reified T> HttpResponse.xml(): T = DashboardXml.read(bodyAsText())
