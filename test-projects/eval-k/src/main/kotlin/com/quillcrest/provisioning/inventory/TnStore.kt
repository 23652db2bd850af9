package com.quillcrest.provisioning.inventory

import org.springframework.stereotype.Component
import java.util.concurrent.ConcurrentHashMap

/**
 * In-memory view of the inventory, rebuilt by the nightly sync and kept current by callbacks.
 * Keys are 10-digit national numbers.
 */
@Component
class TnStore {
    private val records = ConcurrentHashMap<String, TnRecord>()

    fun findByNumber(tn: String): TnRecord? = records[tn]

    fun save(record: TnRecord) {
        records[record.telephoneNumber] = record
    }

    fun markDisconnected(tn: String) {
        records.computeIfPresent(tn) { _, r -> r.copy(status = TnStatus.DISCONNECTED) }
    }

    fun all(): Collection<TnRecord> = records.values

    fun byCustomer(customerId: Long): List<TnRecord> = records.values.filter { it.customerId == customerId }

    fun clear() = records.clear()
}
