package net.cobaltline.numbering.legacy.iris

import com.bandwidth.iris.sdk.IrisClient
import org.w3c.dom.Element
import javax.xml.parsers.DocumentBuilderFactory

/**
 * Builds Iris SDK clients for the legacy provisioning module. Client definitions live in
 * iris-legacy.xml (one per sub-account); credentials come from the environment.
 */
object IrisClientFactory {

    data class ClientConfig(val name: String, val uri: String, val accountId: String, val siteId: String)

    const val SDK_VERSION = "v1.0"

    private val configs: Map<String, ClientConfig> by lazy { load("/iris-legacy.xml") }

    /** The retail account on the SDK's built-in host. */
    fun retail(accountId: String, user: String, password: String): IrisClient =
        IrisClient(accountId, user, password)

    fun named(name: String, user: String, password: String): IrisClient {
        val cfg = config(name)
        return IrisClient(cfg.uri, cfg.accountId, user, password, "v1.0")
    }

    /** Lets ops point a single job at another API version with -Diris.version=... */
    fun overridable(name: String, user: String, password: String): IrisClient {
        val cfg = config(name)
        val version = System.getProperty("iris.version") ?: SDK_VERSION
        return IrisClient(cfg.uri, cfg.accountId, user, password, version)
    }

    /** Used by the TN option job, which needs the v2 routes. */
    fun tnOptionsClient(accountId: String, user: String, password: String): IrisClient =
        IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2")

    fun config(name: String): ClientConfig = configs[name] ?: error("no Iris client '$name' in iris-legacy.xml")

    private fun load(resource: String): Map<String, ClientConfig> {
        val stream = IrisClientFactory::class.java.getResourceAsStream(resource) ?: return emptyMap()
        val doc = stream.use { DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(it) }
        val nodes = doc.getElementsByTagName("client")
        return (0 until nodes.length).map { nodes.item(it) as Element }.associate { el ->
            fun text(tag: String) = el.getElementsByTagName(tag).item(0)?.textContent?.trim().orEmpty()
            val name = el.getAttribute("name")
            name to ClientConfig(name, text("uri"), text("accountId"), text("siteId"))
        }
    }
}
