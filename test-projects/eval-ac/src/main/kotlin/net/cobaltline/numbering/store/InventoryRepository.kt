package net.cobaltline.numbering.store

import net.cobaltline.numbering.numbers.Tn
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.ResultRow
import org.jetbrains.exposed.sql.SqlExpressionBuilder.eq
import org.jetbrains.exposed.sql.selectAll
import org.jetbrains.exposed.sql.transactions.transaction
import org.jetbrains.exposed.sql.update
import org.jetbrains.exposed.sql.upsert
import java.time.Instant

data class InventoryRow(
    val tn: String,
    val areaCode: Int,
    val customerId: Long?,
    val siteId: String,
    val status: TnStatus,
    val smsEnabled: Boolean,
)

class InventoryRepository(private val db: Database) {

    fun findByTn(tn: String): InventoryRow? = transaction(db) {
        InventoryTable.selectAll().where { InventoryTable.tn eq tn }.singleOrNull()?.toRow()
    }

    fun upsert(tn: Tn, siteId: String, status: TnStatus, customerId: Long? = null) {
        transaction(db) {
            InventoryTable.upsert {
                it[InventoryTable.tn] = tn.digits
                it[areaCode] = tn.areaCode()
                it[InventoryTable.siteId] = siteId
                it[InventoryTable.status] = status
                it[InventoryTable.customerId] = customerId
                it[updatedAt] = Instant.now()
            }
        }
    }

    fun updateStatus(tn: String, status: TnStatus) {
        transaction(db) {
            InventoryTable.update({ InventoryTable.tn eq tn }) {
                it[InventoryTable.status] = status
                it[updatedAt] = Instant.now()
            }
        }
    }

    fun setSms(tn: String, enabled: Boolean) {
        transaction(db) {
            InventoryTable.update({ InventoryTable.tn eq tn }) { it[smsEnabled] = enabled }
        }
    }

    fun activeTns(): List<String> = transaction(db) {
        InventoryTable.selectAll().where { InventoryTable.status eq TnStatus.ACTIVE }.map { it[InventoryTable.tn] }
    }

    fun byAreaCode(areaCode: Int): List<InventoryRow> = transaction(db) {
        InventoryTable.selectAll().where { InventoryTable.areaCode eq areaCode }.map { it.toRow() }
    }

    private fun ResultRow.toRow() = InventoryRow(
        tn = this[InventoryTable.tn],
        areaCode = this[InventoryTable.areaCode],
        customerId = this[InventoryTable.customerId],
        siteId = this[InventoryTable.siteId],
        status = this[InventoryTable.status],
        smsEnabled = this[InventoryTable.smsEnabled],
    )
}
