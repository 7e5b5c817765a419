package org.unsymbol.harvest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The harvest's SQL: the advisory lock of a source, the ledger of records taken ({@code harvest_record}), the
 * rejections and the per-page progress of a harvest row. Every write runs in the caller's transaction.
 */
final class HarvestStore {

    /** The first key of the two-int advisory lock: this feature's namespace (hashtext('unsymbol.harvest')). */
    private static final String LOCK = "SELECT pg_try_advisory_lock(hashtext('unsymbol.harvest'), hashtext(?))";
    private static final String UNLOCK = "SELECT pg_advisory_unlock(hashtext('unsymbol.harvest'), hashtext(?))";

    /** A record's row in the ledger. */
    record Ledger(String identifier, String datestamp, String documentKey, String outcome) {
    }

    /** A refused record, with the problem code and the reason. */
    record Rejection(String identifier, String datestamp, String code, String message) {
    }

    /** What a page (or an import batch of it) adds to the harvest's counts. */
    static final class Counts {
        long seen;
        long created;
        long updated;
        long unchanged;
        long deleted;
        long rejected;
    }

    /** Takes the source's lock for the session of {@code c}; false when another session (replica) holds it. */
    boolean tryLock(Connection c, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOCK)) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    void unlock(Connection c, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UNLOCK)) {
            ps.setString(1, source);
            ps.executeQuery().close();
        }
    }

    /** The identifiers of the page this harvest already took at the same datestamp (a page fetched again). */
    List<String> alreadyTaken(Connection c, String source, long harvestId, Collection<OaiPage.Entry> entries)
            throws SQLException {
        List<String> taken = new ArrayList<>();
        if (entries.isEmpty()) {
            return taken;
        }
        Map<String, String> datestamps = new HashMap<>();
        entries.forEach(e -> datestamps.put(e.identifier(), e.datestamp()));
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT identifier, datestamp FROM harvest_record
                WHERE source = ? AND harvest_id = ? AND identifier = ANY (?)""")) {
            ps.setString(1, source);
            ps.setLong(2, harvestId);
            Array ids = c.createArrayOf("varchar", datestamps.keySet().toArray());
            ps.setArray(3, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2).equals(datestamps.get(rs.getString(1)))) {
                        taken.add(rs.getString(1));
                    }
                }
            }
        }
        return taken;
    }

    /** The catalogue key each identifier became when it was last taken (to delete it on a deleted header). */
    Map<String, String> documentKeys(Connection c, String source, Collection<String> identifiers)
            throws SQLException {
        Map<String, String> keys = new HashMap<>();
        if (identifiers.isEmpty()) {
            return keys;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT identifier, document_key FROM harvest_record
                WHERE source = ? AND identifier = ANY (?) AND document_key IS NOT NULL""")) {
            ps.setString(1, source);
            ps.setArray(2, c.createArrayOf("varchar", identifiers.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return keys;
    }

    /** Writes ledger rows (one per identifier; a row keeps its document key when a later outcome has none). */
    void ledger(Connection c, String source, long harvestId, Collection<Ledger> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO harvest_record (source, identifier, datestamp, document_key, harvest_id, outcome)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (source, identifier) DO UPDATE SET datestamp = EXCLUDED.datestamp,
                    document_key = COALESCE(EXCLUDED.document_key, harvest_record.document_key),
                    harvest_id = EXCLUDED.harvest_id, outcome = EXCLUDED.outcome""")) {
            for (Ledger row : rows) {
                ps.setString(1, source);
                ps.setString(2, row.identifier());
                ps.setString(3, row.datestamp());
                ps.setString(4, row.documentKey());
                ps.setLong(5, harvestId);
                ps.setString(6, row.outcome());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void rejections(Connection c, long harvestId, Collection<Rejection> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO harvest_rejection (harvest_id, identifier, datestamp, code, message)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (harvest_id, identifier) DO UPDATE SET datestamp = EXCLUDED.datestamp,
                    code = EXCLUDED.code, message = EXCLUDED.message""")) {
            for (Rejection r : rows) {
                ps.setLong(1, harvestId);
                ps.setString(2, r.identifier());
                ps.setString(3, r.datestamp());
                ps.setString(4, r.code());
                ps.setString(5, r.message());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void count(Connection c, long harvestId, Counts n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE harvest SET seen = seen + ?, created = created + ?, updated = updated + ?,
                    unchanged = unchanged + ?, deleted = deleted + ?, rejected = rejected + ?, updated_at = now()
                WHERE id = ?""")) {
            ps.setLong(1, n.seen);
            ps.setLong(2, n.created);
            ps.setLong(3, n.updated);
            ps.setLong(4, n.unchanged);
            ps.setLong(5, n.deleted);
            ps.setLong(6, n.rejected);
            ps.setLong(7, harvestId);
            ps.executeUpdate();
        }
    }

    /** The page is whole: the next token (null at the end), the latest datestamp, the requests it took. */
    void advance(Connection c, long harvestId, String nextToken, Long completeListSize, String lastDatestamp,
                 int requests) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE harvest SET resumption_token = ?, pages = pages + 1, requests = requests + ?,
                    complete_list_size = COALESCE(?, complete_list_size),
                    last_datestamp = CASE WHEN last_datestamp IS NULL OR ? > last_datestamp THEN ?
                                          ELSE last_datestamp END,
                    updated_at = now()
                WHERE id = ?""")) {
            ps.setString(1, nextToken);
            ps.setInt(2, requests);
            if (completeListSize == null) {
                ps.setNull(3, java.sql.Types.BIGINT);
            } else {
                ps.setLong(3, completeListSize);
            }
            ps.setString(4, lastDatestamp);
            ps.setString(5, lastDatestamp);
            ps.setLong(6, harvestId);
            ps.executeUpdate();
        }
    }

    /** The first rejections of a harvest, in identifier order. */
    List<Rejection> rejectionsOf(Connection c, long harvestId, int limit) throws SQLException {
        List<Rejection> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT identifier, datestamp, code, message FROM harvest_rejection WHERE harvest_id = ?
                ORDER BY identifier LIMIT ?""")) {
            ps.setLong(1, harvestId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Rejection(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return list;
    }
}
