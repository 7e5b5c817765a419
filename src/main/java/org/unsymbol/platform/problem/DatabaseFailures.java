package org.unsymbol.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a lost or unreachable database (answer 503, retry later) from a bug (answer 500). */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exceptions, admin shutdown / cannot connect now
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.equals("java.net.ConnectException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
