package net.cobaltline.numbering.store

import org.jetbrains.exposed.sql.Table
import org.jetbrains.exposed.sql.javatime.timestamp

enum class TnStatus { RESERVED, ORDERED, ACTIVE, PORTING, DISCONNECTED }

/** Mirrors db/schema.sql. */
object InventoryTable : Table("tn_inventory") {
    val tn = varchar("tn", 10)
    val areaCode = integer("area_code")
    val customerId = long("customer_id").nullable()
    val siteId = varchar("site_id", 16)
    val status = enumerationByName("status", 24, TnStatus::class)
    val smsEnabled = bool("sms_enabled").default(false)
    val updatedAt = timestamp("updated_at")

    override val primaryKey = PrimaryKey(tn)
}

object E911AddressTable : Table("e911_addresses") {
    val addressId = varchar("address_id", 64)
    val customerId = long("customer_id")
    val houseNumber = varchar("house_number", 16).nullable()
    val streetName = varchar("street_name", 128).nullable()
    val city = varchar("city", 64).nullable()
    val stateCode = varchar("state_code", 2).nullable()
    val zip = varchar("zip", 10).nullable()

    override val primaryKey = PrimaryKey(addressId)
}
