package com.quillcrest.provisioning.inventory

import java.time.Instant

enum class TnStatus { RESERVED, ACTIVE, PORTING, DISCONNECTED }

/** One number of our inventory, as last synced from the Dashboard. */
data class TnRecord(
    val telephoneNumber: String,
    val areaCode: Int,
    val siteId: String,
    val sipPeerId: String,
    val status: TnStatus,
    val messagingEnabled: Boolean,
    val lastSynced: Instant,
    val customerId: Long? = null,
)
