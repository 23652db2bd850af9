package com.quillcrest.provisioning.api

import com.quillcrest.provisioning.api.dto.CustomerAddressDto
import com.quillcrest.provisioning.api.dto.PortRequestDto
import com.quillcrest.provisioning.dashboard.E911AddressClient
import com.quillcrest.provisioning.dashboard.model.E911AddressRequest
import com.quillcrest.provisioning.util.isUsNationalNumber
import jakarta.validation.Valid
import org.springframework.http.HttpStatus
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.ResponseStatus
import org.springframework.web.bind.annotation.RestController
import org.springframework.web.server.ResponseStatusException
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicLong

/** Customer portal: service addresses and port requests. */
@RestController
@RequestMapping("/api/customers/{customerId}")
class CustomerAddressController(private val e911: E911AddressClient) {

    private val addresses = ConcurrentHashMap<Long, MutableList<CustomerAddressDto>>()
    private val ids = AtomicLong()

    @GetMapping("/addresses")
    fun list(@PathVariable customerId: Long): List<CustomerAddressDto> = addresses[customerId].orEmpty()

    @PostMapping("/addresses")
    @ResponseStatus(HttpStatus.CREATED)
    fun add(@PathVariable customerId: Long, @Valid @RequestBody dto: CustomerAddressDto): CustomerAddressDto {
        val saved = dto.copy(id = ids.incrementAndGet())
        addresses.computeIfAbsent(customerId) { mutableListOf() }.add(saved)
        return saved
    }

    /** Registers the address as the E911 address of the customer's trunk. */
    @PostMapping("/addresses/{addressId}/e911")
    fun registerE911(@PathVariable customerId: Long, @PathVariable addressId: Long): String? {
        val a = addresses[customerId]?.firstOrNull { it.id == addressId }
            ?: throw ResponseStatusException(HttpStatus.NOT_FOUND)
        return e911.createAddress(
            E911AddressRequest("cust-$customerId", a.houseNumber, a.streetName, a.city, a.stateCode, a.zip),
        ).block()
    }

    @PostMapping("/port-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    fun requestPort(@PathVariable customerId: Long, @Valid @RequestBody request: PortRequestDto): Map<String, Any> {
        if (!request.phoneNumber.isUsNationalNumber()) {
            throw ResponseStatusException(HttpStatus.BAD_REQUEST, "enter a 10-digit US number")
        }
        return mapOf("customerId" to customerId, "phoneNumber" to request.phoneNumber, "status" to "QUEUED")
    }
}
