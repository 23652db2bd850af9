package net.cobaltline.numbering.store

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import net.cobaltline.numbering.config.DatabaseSettings
import org.jetbrains.exposed.sql.Database

object DatabaseFactory {
    fun dataSource(settings: DatabaseSettings): HikariDataSource = HikariDataSource(
        HikariConfig().apply {
            jdbcUrl = settings.jdbcUrl
            username = settings.user
            password = settings.password
            maximumPoolSize = settings.maxPoolSize
            isAutoCommit = true
            poolName = "numbering"
        },
    )

    fun connect(dataSource: HikariDataSource): Database = Database.connect(dataSource)
}
