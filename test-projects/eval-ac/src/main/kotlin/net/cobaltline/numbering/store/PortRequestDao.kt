package net.cobaltline.numbering.store

import java.sql.Date
import java.time.LocalDate
import javax.sql.DataSource

/** Port requests, plain JDBC (this table predates Exposed in the service). */
class PortRequestDao(private val dataSource: DataSource) {

    fun create(orderId: String, billingTn: String): Long =
        dataSource.connection.use { c ->
            c.prepareStatement(
                "INSERT INTO port_requests(order_id, billing_tn, status) VALUES (?, ?, 'SUBMITTED')",
                arrayOf("id"),
            ).use { ps ->
                ps.setString(1, orderId)
                ps.setLong(2, billingTn.toLong())
                ps.executeUpdate()
                ps.generatedKeys.use { keys -> keys.next(); keys.getLong(1) }
            }
        }

    fun updateFoc(orderId: String, focDate: LocalDate) {
        dataSource.connection.use { c ->
            c.prepareStatement("UPDATE port_requests SET foc_date = ?, status = 'FOC' WHERE order_id = ?").use { ps ->
                ps.setDate(1, Date.valueOf(focDate))
                ps.setString(2, orderId)
                ps.executeUpdate()
            }
        }
    }

    fun markPorted(orderId: String, billingTn: String) {
        dataSource.connection.use { c ->
            c.prepareStatement("UPDATE port_requests SET status = 'PORTED' WHERE order_id = ? AND billing_tn = ?").use { ps ->
                ps.setString(1, orderId)
                ps.setLong(2, java.lang.Long.parseLong(billingTn))
                ps.executeUpdate()
            }
        }
    }

    fun pendingOrderIds(limit: Int = Int.MAX_VALUE): List<String> =
        dataSource.connection.use { c ->
            c.prepareStatement("SELECT order_id FROM port_requests WHERE status <> 'PORTED' ORDER BY id LIMIT ?").use { ps ->
                ps.setInt(1, limit)
                ps.executeQuery().use { rs ->
                    buildList { while (rs.next()) add(rs.getString(1)) }
                }
            }
        }
}
