package org.unsymbol.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a lost, hung or saturated database (answer 503, retry later) from a bug (answer 500).
 *
 * <p>Unavailable means: the server cannot be reached or went away (SQLSTATE class 08, 57P01-57P03), it answers too
 * slowly (a statement or socket timeout: 57014, {@link SQLTimeoutException}), it has no room for us (class 53:
 * too many connections, out of memory or disk), or the pool has no connection to give within its acquisition timeout
 * (Agroal throws a plain {@link SQLException} with no SQLSTATE, from its pool or caused by a {@link TimeoutException}).
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                if (unavailableState(sql.getSQLState())) {
                    return true;
                }
                if (sql.getSQLState() == null && (sql.getCause() instanceof TimeoutException || fromPool(sql))) {
                    return true; // Agroal: "Sorry, acquisition timeout!", "Acquisition timeout while waiting..."
                }
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.equals("java.net.ConnectException")
                    || name.equals("java.net.SocketTimeoutException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Raised by the pool itself (no free connection), not passed on from the driver. */
    private static boolean fromPool(SQLException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.agroal.pool.");
    }

    static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08")      // connection exceptions
                || state.startsWith("57P")                    // admin/crash shutdown, cannot connect now
                || state.equals("57014")                      // query canceled: statement_timeout on a hung server
                || state.startsWith("53"));                   // insufficient resources: too many connections, ...
    }
}
