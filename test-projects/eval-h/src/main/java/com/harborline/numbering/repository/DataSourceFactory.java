package com.harborline.numbering.repository;

import com.harborline.numbering.config.BackOfficeProperties;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Minimal DriverManager-backed DataSource; the real deployment wraps it in the app server pool. */
public final class DataSourceFactory {

    private static volatile DataSource shared;

    private DataSourceFactory() {
    }

    public static DataSource shared() {
        if (shared == null) {
            synchronized (DataSourceFactory.class) {
                if (shared == null) {
                    BackOfficeProperties props = BackOfficeProperties.load();
                    shared = of(props.get("jdbc.url"), props.get("jdbc.user"), props.get("jdbc.password", ""));
                }
            }
        }
        return shared;
    }

    public static DataSource of(String url, String user, String password) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return DriverManager.getConnection(url, user, password);
            }

            @Override
            public Connection getConnection(String u, String p) throws SQLException {
                return DriverManager.getConnection(url, u, p);
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }
}
