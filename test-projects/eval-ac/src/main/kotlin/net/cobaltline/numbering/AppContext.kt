package net.cobaltline.numbering

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.server.config.ApplicationConfig
import net.cobaltline.numbering.callbacks.CustomerNotifier
import net.cobaltline.numbering.callbacks.OrderNotificationHandler
import net.cobaltline.numbering.callbacks.PortInNotificationHandler
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.config.EndpointCatalog
import net.cobaltline.numbering.config.dashboardSettings
import net.cobaltline.numbering.config.databaseSettings
import net.cobaltline.numbering.dashboard.DashboardHttpClient
import net.cobaltline.numbering.dashboard.E911AddressClient
import net.cobaltline.numbering.dashboard.InServiceNumbersClient
import net.cobaltline.numbering.dashboard.NumberSearchClient
import net.cobaltline.numbering.dashboard.OrderClient
import net.cobaltline.numbering.dashboard.ReportClient
import net.cobaltline.numbering.dashboard.SipPeerTnClient
import net.cobaltline.numbering.dashboard.SubscriptionClient
import net.cobaltline.numbering.dashboard.TnOptionsClient
import net.cobaltline.numbering.integrations.MessagingApiClient
import net.cobaltline.numbering.reports.InventoryReportJob
import net.cobaltline.numbering.service.E911Service
import net.cobaltline.numbering.service.InventorySyncService
import net.cobaltline.numbering.service.MessagingEnablementService
import net.cobaltline.numbering.service.NumberPortingService
import net.cobaltline.numbering.service.ProvisioningService
import net.cobaltline.numbering.store.DatabaseFactory
import net.cobaltline.numbering.store.InventoryRepository
import net.cobaltline.numbering.store.PortRequestDao
import org.slf4j.LoggerFactory

/** Hand-wired object graph; small enough that we never wanted a DI framework. */
class AppContext(config: ApplicationConfig) {
    private val log = LoggerFactory.getLogger(javaClass)

    val settings: DashboardSettings = config.dashboardSettings()
    val dashboardHttp: HttpClient = DashboardHttpClient.create(settings)
    val catalog: EndpointCatalog = EndpointCatalog.load()

    private val dataSource = DatabaseFactory.dataSource(config.databaseSettings())
    private val db = DatabaseFactory.connect(dataSource)

    val inventory = InventoryRepository(db)
    val ports = PortRequestDao(dataSource)

    val search = NumberSearchClient(dashboardHttp, settings)
    val orders = OrderClient(dashboardHttp, settings)
    val inService = InServiceNumbersClient(dashboardHttp, settings)
    val e911Client = E911AddressClient(dashboardHttp, settings)
    val sipPeerTns = SipPeerTnClient(dashboardHttp, settings)
    val tnOptions = TnOptionsClient(dashboardHttp, settings)
    val subscriptions = SubscriptionClient(dashboardHttp, settings)
    val reports = ReportClient(settings)

    private val messagingApi = MessagingApiClient(
        HttpClient(CIO),
        accountId = settings.accountId,
        applicationId = config.propertyOrNull("messaging.applicationId")?.getString().orEmpty(),
    )

    val messaging = MessagingEnablementService(sipPeerTns, tnOptions, inventory)
    val provisioning = ProvisioningService(orders, inventory, messaging, settings)
    val sync = InventorySyncService(inService, inventory, settings)
    val e911 = E911Service(e911Client, db)
    val porting = NumberPortingService(dashboardHttp, settings, ports)
    val reportJob = InventoryReportJob(reports, inventory, settings)

    val orderCallbacks = OrderNotificationHandler(inventory, CustomerNotifier { customerOrderId, numbers ->
        log.info("customer order {}: {} numbers active: {}", customerOrderId, numbers.size, numbers)
    })
    val portInCallbacks = PortInNotificationHandler(ports)

    suspend fun welcome(tn: String) = messagingApi.sendWelcome(tn)

    fun close() {
        dashboardHttp.close()
        dataSource.close()
    }
}
