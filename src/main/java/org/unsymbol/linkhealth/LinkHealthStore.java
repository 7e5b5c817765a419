package org.unsymbol.linkhealth;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.unsymbol.links.LinkState;
import org.unsymbol.links.LinkState.Status;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The link-health table: new URLs in one set-based insert, due URLs claimed a batch at a time (so replicas never check
 * one URL at once), one check's result written on its entity, and the reads behind the index and the summary.
 */
@ApplicationScoped
public class LinkHealthStore {

    /** A URL to record: where it came from. */
    public record Target(String url, String host, String source, String documentKey, String lang) {
    }

    /** A claimed URL to check. */
    public record Due(long id, String url, String host) {
    }

    /** A row as the index keeps it. */
    public record Known(String url, LinkState state, Instant checkedAt) {
    }

    /** Score of a new check: the last one weighs a fifth. */
    static final double WEIGHT = 0.2;

    private final AgroalDataSource dataSource;

    public LinkHealthStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the targets not yet known (one statement); returns how many were new. */
    public int addNew(List<Target> targets) {
        if (targets.isEmpty()) {
            return 0;
        }
        String sql = "INSERT INTO link_health (url, host, source, document_key, lang) "
                + "SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[]) "
                + "ON CONFLICT (url) DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, array(c, targets.stream().map(Target::url).toList()));
            ps.setArray(2, array(c, targets.stream().map(Target::host).toList()));
            ps.setArray(3, array(c, targets.stream().map(Target::source).toList()));
            ps.setArray(4, array(c, targets.stream().map(Target::documentKey).toList()));
            ps.setArray(5, array(c, targets.stream().map(Target::lang).toList()));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("link health: cannot record new URLs", e);
        }
    }

    private static Array array(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("varchar", values.toArray());
    }

    /**
     * Takes up to {@code limit} due URLs (never checked first, then the longest due), moving their next check
     * {@code hold} ahead so that no other run or replica takes them meanwhile.
     */
    public List<Due> claim(int limit, Duration hold) {
        String sql = "UPDATE link_health SET next_check_at = now() + ?::interval WHERE id IN ("
                + "SELECT id FROM link_health WHERE next_check_at <= now() "
                + "ORDER BY last_checked_at NULLS FIRST, next_check_at LIMIT ? FOR UPDATE SKIP LOCKED) "
                + "RETURNING id, url, host";
        List<Due> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, hold.toSeconds() + " seconds");
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Due(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("link health: cannot claim due URLs", e);
        }
        return out;
    }

    /** Writes one check's outcome on its row and answers the state the index keeps. */
    @Transactional
    public LinkState record(long id, LinkProbe.Outcome o, Instant at, Duration recheckOk, Duration recheckBad) {
        CheckedLink link = CheckedLink.findById(id);
        if (link == null) {
            return null;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        boolean ok = o.status() == Status.OK;
        Status status = o.status();
        String detail = o.detail();
        if (status == Status.MISSING && unconfirmed(o, link.status, link.detail)) {
            status = Status.FAILING;
            detail = detail + "; " + TO_CONFIRM;
        }
        link.status = status.wire();
        link.httpStatus = o.httpStatus();
        link.contentKind = o.contentKind();
        link.detail = detail == null ? null : truncate(detail, 500);
        link.finalUrl = o.finalUrl() == null || o.finalUrl().equals(link.url) ? null : truncate(o.finalUrl(), 2000);
        link.checks++;
        link.oks += ok ? 1 : 0;
        link.consecutiveFailures = ok ? 0 : link.consecutiveFailures + 1;
        double v = ok ? 1 : 0;
        link.score = link.score == null ? v : (1 - WEIGHT) * link.score + WEIGHT * v;
        link.lastCheckedAt = now;
        if (ok) {
            link.lastOkAt = now;
        }
        link.nextCheckAt = now.plus(ok ? recheckOk : recheckBad);
        return state(link);
    }

    static final String TO_CONFIRM = "missing once a second check agrees (ODS gives the same answer while it "
            + "throttles)";

    /**
     * Whether a "missing" is not yet knowledge: one said by a 200 (ODS's "not found" page, or its redirect to its error
     * page) where the last check found neither missing nor this same answer. ODS serves that answer for documents it
     * has while it throttles a client (a public harvester of it saw this after some 250 requests at one a second), so
     * one such answer alone makes no reader fall back; two checks in a row (a recheck-bad apart) do, and a 404/410 at
     * once.
     */
    static boolean unconfirmed(LinkProbe.Outcome o, String previousStatus, String previousDetail) {
        boolean soft = o.httpStatus() != null && (o.httpStatus() == 200 || o.httpStatus() == 206);
        boolean seenBefore = Status.MISSING.wire().equals(previousStatus)
                || (Status.FAILING.wire().equals(previousStatus) && previousDetail != null
                && previousDetail.endsWith(TO_CONFIRM));
        return soft && !seenBefore;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static LinkState state(CheckedLink l) {
        return new LinkState(Status.of(l.status), l.lastCheckedAt == null ? null : l.lastCheckedAt.toInstant(),
                l.lastOkAt == null ? null : l.lastOkAt.toInstant(), l.score == null ? 0 : l.score, l.contentKind,
                l.httpStatus);
    }

    /** The checked rows whose last check is at or after {@code since} (null: all), for the index. */
    public List<Known> checkedSince(Instant since) {
        String sql = "SELECT url, status, last_checked_at, last_ok_at, score, content_kind, http_status "
                + "FROM link_health WHERE last_checked_at IS NOT NULL"
                + (since == null ? "" : " AND last_checked_at >= ?");
        List<Known> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (since != null) {
                ps.setTimestamp(1, Timestamp.from(since));
            }
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant checked = rs.getTimestamp(3).toInstant();
                    Timestamp okAt = rs.getTimestamp(4);
                    int http = rs.getInt(7);
                    Integer httpStatus = rs.wasNull() ? null : http;
                    out.add(new Known(rs.getString(1), new LinkState(Status.of(rs.getString(2)), checked,
                            okAt == null ? null : okAt.toInstant(), rs.getDouble(5), rs.getString(6), httpStatus),
                            checked));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("link health: cannot read checks", e);
        }
        return out;
    }

    /** The counts behind GET /api/v1/links/health: by status, by host and status, oldest and newest check. */
    public Summary summary() {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            Map<String, Map<String, Long>> byHost = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT host, status, count(*) FROM link_health GROUP BY host, status ORDER BY host, status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byHost.computeIfAbsent(rs.getString(1), h -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                    byStatus.merge(rs.getString(2), rs.getLong(3), Long::sum);
                }
            }
            Instant oldest = null;
            Instant newest = null;
            long total = 0;
            long bySource[] = new long[2];
            try (PreparedStatement ps = c.prepareStatement("SELECT min(last_checked_at), max(last_checked_at), "
                    + "count(*), count(*) FILTER (WHERE source = 'catalogue'), "
                    + "count(*) FILTER (WHERE source = 'template') FROM link_health");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    oldest = rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant();
                    newest = rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant();
                    total = rs.getLong(3);
                    bySource[0] = rs.getLong(4);
                    bySource[1] = rs.getLong(5);
                }
            }
            return new Summary(total, bySource[0], bySource[1], byStatus, byHost, oldest, newest);
        } catch (SQLException e) {
            throw new IllegalStateException("link health: cannot summarise", e);
        }
    }

    /** The summary's figures. */
    public record Summary(long urls, long catalogueUrls, long templateUrls, Map<String, Long> byStatus,
                          Map<String, Map<String, Long>> byHost, Instant oldestCheck, Instant newestCheck) {
    }
}
