package cn.gov.laoshan.district.audit.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.audit.domain.AuditFilter;
import cn.gov.laoshan.district.audit.domain.ChainHash;
import cn.gov.laoshan.district.audit.domain.SecretMasker;
import cn.gov.laoshan.district.audit.domain.Verification;
import cn.gov.laoshan.district.uikit.SpreadsheetText;

/**
 * The audit log service: {@link AuditLog} for everyone who writes (plugins, modules, the shell) and
 * {@link AuditQuery} for the viewer. Writing needs no permission; reading, verifying and exporting do.
 * Thread-safe; an append is one short transaction.
 */
public final class AuditService implements AuditLog, AuditQuery {

    public static final String SOURCE = "audit";
    /** Times are shown and exported in the district's zone (stored in UTC). */
    public static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_.-]{0,127}");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final AuditStore store;
    private final CallerContext caller;
    private final Clock clock;

    public AuditService(AuditStore store, CallerContext caller, Clock clock) {
        this.store = store;
        this.caller = caller;
        this.clock = clock;
    }

    @Override
    public void record(String source, String action, String objectType, String objectId, String before, String after) {
        append(source, action, objectType, objectId, before, after);
    }

    @Override
    public void record(CurrentUser actor, String source, String action, String objectType, String objectId,
            String before, String after) {
        store.appendOne(entry(actor == null ? caller.user() : actor, caller.clientAddress(), source, action, objectType,
                objectId, before, after));
    }

    /** {@link #record} returning the stored record. */
    public AuditEntry append(String source, String action, String objectType, String objectId, String before,
            String after) {
        AuditEntry entry = entry(caller.user(), caller.clientAddress(), source, action, objectType, objectId, before,
                after);
        return store.appendOne(entry);
    }

    /** A record ready to append (secrets masked, fields checked), not yet chained. */
    public AuditEntry entry(CurrentUser user, String clientAddress, String source, String action, String objectType,
            String objectId, String before, String after) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(action, "action");
        if (!SOURCE_ID.matcher(source).matches()) {
            throw new IllegalArgumentException("audit source must be a plugin or module id (lower case): " + source);
        }
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("audit action must be a dotted lower-case verb, at most 128 characters: "
                    + action);
        }
        return new AuditEntry(0, ChainHash.truncate(clock.instant()), limit(user.login(), 100),
                limit(user.displayName(), 200), limit(clientAddress, 64), source, action, limit(objectType, 128),
                limit(objectId, 256), SecretMasker.mask(before), SecretMasker.mask(after), null, null);
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return find(filter, true, offset, limit);
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, boolean newestFirst, int offset, int limit) {
        caller.check(VIEW);
        return store.find(filter, newestFirst, offset, Math.min(limit, 10_000));
    }

    @Override
    public long count(AuditFilter filter) {
        caller.check(VIEW);
        return store.count(filter);
    }

    @Override
    public Optional<AuditEntry> get(long id) {
        caller.check(VIEW);
        return store.get(id);
    }

    @Override
    public List<String> sources() {
        caller.check(VIEW);
        return store.sources();
    }

    @Override
    public Verification verify() {
        caller.check(VERIFY);
        Verification result = store.verify();
        LOG.info("audit chain verified: {} ({} records, {} ms)", result.ok() ? "OK" : result.detail(), result.checked(),
                result.took().toMillis());
        append(SOURCE, "audit.verify", "audit-chain", null, null, verificationJson(result));
        return result;
    }

    @Override
    public CsvWriter export(AuditFilter filter, Locale locale) {
        caller.check(EXPORT);
        append(SOURCE, "audit.export", "audit-log", null, null, filterJson(filter));
        ResourceBundle texts = ResourceBundle.getBundle("cn.gov.laoshan.district.audit.i18n.messages",
                locale == null ? Locale.SIMPLIFIED_CHINESE : locale, AuditService.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return out -> writeCsv(filter, texts, out);
    }

    private long writeCsv(AuditFilter filter, ResourceBundle texts, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        String[] header = { "id", "time", "actor-login", "actor-name", "address", "source", "action", "object-type",
            "object-id", "before", "after", "previous-hash", "hash" };
        String[] titles = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            titles[i] = texts.getString("audit.csv." + header[i]);
        }
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(titles).get());
        long written;
        try {
            written = store.forEach(filter, e -> {
                try {
                    // a typed login such as =HYPERLINK(...) from a failed sign-in must not run when the file is opened
                    csv.printRecord(SpreadsheetText.safe(e.id(), CSV_TIME.format(e.occurredAt().atZone(DISTRICT_ZONE)),
                            e.actorLogin(), e.actorName(), e.clientAddress(), e.source(), e.action(), e.objectType(),
                            e.objectId(), e.before(), e.after(), e.previousHash(), e.hash()));
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        return written;
    }

    /** A verification's outcome as the audit record's "after" (Jackson). */
    static String verificationJson(Verification result) {
        ObjectNode json = JSON.createObjectNode().put("ok", result.ok()).put("checked", result.checked());
        if (!result.ok()) {
            json.put("problem", String.valueOf(result.problem()));
            if (result.recordId() == null) {
                json.putNull("record");
            } else {
                json.put("record", result.recordId());
            }
        }
        return json.toString();
    }

    /** The filter of an export as the audit record's "after": the fields that are set (Jackson). */
    static String filterJson(AuditFilter filter) {
        ObjectNode json = JSON.createObjectNode();
        putIfSet(json, "actor", filter.actor());
        putIfSet(json, "source", filter.source());
        putIfSet(json, "actionPrefix", filter.actionPrefix());
        putIfSet(json, "from", filter.from() == null ? null : filter.from().toString());
        putIfSet(json, "to", filter.to() == null ? null : filter.to().toString());
        return json.toString();
    }

    private static void putIfSet(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    AuditStore store() {
        return store;
    }
}
