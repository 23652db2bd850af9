package com.quillcrest.provisioning.callbacks

import com.fasterxml.jackson.dataformat.xml.XmlMapper
import org.slf4j.LoggerFactory
import org.springframework.http.MediaType
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController

/**
 * Receives Dashboard order callbacks. The Dashboard is configured (see SubscriptionClient) to
 * POST to https://provisioning.quillcrest.io/api/callbacks/dashboard/{orders|portins}.
 */
@RestController
@RequestMapping("/api/callbacks/dashboard")
class DashboardCallbackController(
    private val handler: NotificationHandler,
    private val xmlMapper: XmlMapper,
) {

    @PostMapping("/orders", consumes = [MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE])
    fun onOrder(@RequestBody body: String): ResponseEntity<Void> {
        val notification = xmlMapper.readValue(body, OrderNotification::class.java)
        log.info("order notification {} status={} tns={}", notification.orderId, notification.status,
            notification.completedTelephoneNumbers.size)
        handler.onOrderNotification(notification)
        return ResponseEntity.ok().build()
    }

    @PostMapping("/portins", consumes = [MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE])
    fun onPortIn(@RequestBody body: String): ResponseEntity<Void> {
        handler.onPortInNotification(xmlMapper.readValue(body, OrderNotification::class.java))
        return ResponseEntity.ok().build()
    }

    @PostMapping("/disconnects", consumes = [MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE])
    fun onDisconnect(@RequestBody body: String): ResponseEntity<Void> {
        handler.onDisconnectNotification(xmlMapper.readValue(body, OrderNotification::class.java))
        return ResponseEntity.ok().build()
    }

    companion object {
        private val log = LoggerFactory.getLogger(DashboardCallbackController::class.java)
    }
}
