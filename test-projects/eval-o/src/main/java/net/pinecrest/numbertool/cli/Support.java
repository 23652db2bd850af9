package net.pinecrest.numbertool.cli;

import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.store.NumberDao;
import okhttp3.OkHttpClient;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/** Wiring shared by the subcommands. */
final class Support {

    private static final OkHttpClient OK_HTTP = new OkHttpClient();

    private Support() {
    }

    static OkHttpClient okHttp() {
        return OK_HTTP;
    }

    static NumberDao dao(ToolConfig config) {
        NumberDao dao = new NumberDao(dataSource(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword()));
        dao.createSchema();
        return dao;
    }

    /** A DriverManager-backed DataSource: the CLI opens a handful of connections per run. */
    static DataSource dataSource(String url, String user, String password) {
        return new DataSource() {
            private PrintWriter logWriter;
            private int loginTimeout;

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
                return logWriter;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
                this.logWriter = out;
            }

            @Override
            public void setLoginTimeout(int seconds) {
                this.loginTimeout = seconds;
            }

            @Override
            public int getLoginTimeout() {
                return loginTimeout;
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
