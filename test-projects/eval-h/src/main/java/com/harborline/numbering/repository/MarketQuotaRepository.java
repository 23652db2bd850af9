package com.harborline.numbering.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Sales-owned table of the markets we keep a pool of spare numbers in.
 * {@code npa} is what the sales team typed in the admin UI; {@code minimum_pool} is how many
 * idle numbers we want on hand there.
 */
public class MarketQuotaRepository {

    public record Market(String marketCode, String npa, int minimumPool, int maximumOrder) {
    }

    private final DataSource dataSource;

    public MarketQuotaRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Market> activeMarkets() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT market_code, npa, minimum_pool, maximum_order FROM market_quota WHERE active = TRUE");
             ResultSet rs = ps.executeQuery()) {
            List<Market> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Market(rs.getString("market_code"), rs.getString("npa"),
                        rs.getInt("minimum_pool"), rs.getInt("maximum_order")));
            }
            return out;
        }
    }

    public int pooledCount(String npa) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT COUNT(*) FROM tn_inventory WHERE status = 'POOL' AND npa = ?")) {
            ps.setInt(1, Integer.parseInt(npa));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
