package net.cobaltline.numbering.config

/**
 * Bandwidth APIs other than the Dashboard. These have their own versioning and are not
 * part of the numbers API move (see the platform wiki page "Bandwidth API map").
 */
object BandwidthEndpoints {
    const val MESSAGING_BASE = "https://messaging.bandwidth.com/api/v2"
    const val VOICE_BASE = "https://voice.bandwidth.com/api/v2"
    const val MFA_BASE = "https://mfa.bandwidth.com/api/v1"
    const val LOOKUP_BASE = "https://api.bandwidth.com/v2"
    const val TOLL_FREE_WEBHOOKS = "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions"
    const val PORTAL_INVENTORY = "https://webui.inetwork.com/report/inventory"
}
