package net.cobaltline.numbering.service

import net.cobaltline.numbering.api.CustomerAddressDto
import net.cobaltline.numbering.dashboard.E911AddressClient
import net.cobaltline.numbering.dashboard.model.E911Address
import net.cobaltline.numbering.store.E911AddressTable
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.insert
import org.jetbrains.exposed.sql.selectAll
import org.jetbrains.exposed.sql.transactions.transaction

class E911Service(
    private val client: E911AddressClient,
    private val db: Database,
) {
    suspend fun register(customerId: Long, dto: CustomerAddressDto): String {
        val addressId = client.create(
            E911Address(
                houseNumber = dto.houseNumber,
                streetName = dto.streetName,
                city = dto.city,
                stateCode = dto.stateCode,
                zip = dto.zip,
            ),
        )
        transaction(db) {
            E911AddressTable.insert {
                it[E911AddressTable.addressId] = addressId
                it[E911AddressTable.customerId] = customerId
                it[houseNumber] = dto.houseNumber
                it[streetName] = dto.streetName
                it[city] = dto.city
                it[stateCode] = dto.stateCode
                it[zip] = dto.zip
            }
        }
        return addressId
    }

    fun addressesOf(customerId: Long): List<CustomerAddressDto> = transaction(db) {
        E911AddressTable.selectAll().where { E911AddressTable.customerId eq customerId }.map {
            CustomerAddressDto(
                houseNumber = it[E911AddressTable.houseNumber].orEmpty(),
                streetName = it[E911AddressTable.streetName].orEmpty(),
                city = it[E911AddressTable.city].orEmpty(),
                stateCode = it[E911AddressTable.stateCode].orEmpty(),
                zip = it[E911AddressTable.zip].orEmpty(),
            )
        }
    }

    /** Addresses on the Dashboard that no customer row points at any more (cleanup job). */
    suspend fun orphans(): List<E911Address> {
        val known = transaction(db) { E911AddressTable.selectAll().map { it[E911AddressTable.addressId] }.toSet() }
        return client.list().filter { it.addressId != null && it.addressId !in known && it.zip.substring(0, 3) != "000" }
    }
}
