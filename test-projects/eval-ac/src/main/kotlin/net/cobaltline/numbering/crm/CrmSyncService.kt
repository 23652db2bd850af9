package net.cobaltline.numbering.crm

import net.cobaltline.numbering.config.CrmSettings
import net.cobaltline.numbering.numbers.toE164

/** Pushes activated numbers to the CRM record of the customer. */
class CrmSyncService(settings: CrmSettings) {
    private val iris = IrisClient(settings.tenant, settings.user, settings.apiKey)

    suspend fun numbersActivated(customerId: Long, tns: List<String>) {
        iris.attachNumbers(customerId, tns.map { it.toE164() })
    }

    /** Used by the account-merge tool. Tenant, user and key of the legacy CRM are fixed. */
    fun legacyTenantClient(): IrisClient = IrisClient("pinecrest", "merge-bot", System.getenv("PINECREST_CRM_KEY").orEmpty())
}
