package cn.gov.laoshan.district.console.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.framework.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.plugins.DryRun;
import cn.gov.laoshan.district.console.plugins.PluginInfo;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.core.security.SecretFiles;

/**
 * The approved catalogue (issue 27): plugin versions a platform administrator uploaded, dry-ran against the running
 * platform and approved for a department, with release notes; the department's administrators install, update and
 * roll back those versions themselves, through the console's safe update ({@link PluginManager#installApproved}).
 *
 * <p>Who may do what, checked here on every call (deny by default): approving and withdrawing need
 * {@value PluginManager#INSTALL} (platform administrators); reading the catalogue and installing from it need
 * {@value PluginManager#SELF_INSTALL} in the entry's department — an entry of another department is answered as if
 * it did not exist. Every change is audited (source {@code console}, object {@code PluginVersion}) and the platform
 * administrators are notified of what departments did. Approved jars are kept owner-only in
 * {@code <home>/data/plugin-catalogue/<sha256>.jar} and checked against their digest before each install.
 */
public final class ApprovedCatalogue {

    /** A manifest header naming the department a plugin is for, read when it is not installed yet. */
    public static final String DEPARTMENT_HEADER = "District-Department";
    /** The catalogue screen's route (for notification links). */
    public static final String ROUTE = "console/catalogue";

    private static final Logger LOG = LoggerFactory.getLogger(ApprovedCatalogue.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int NOTES_MAX = 4000;
    /** Refusals of the approval form's fields (the staged jar is kept to correct them). */
    public static final String DEPARTMENT_MISSING = "console.catalogue.error.department";
    public static final String NOTES_MISSING = "console.catalogue.error.notes";

    private final PluginManager manager;
    private final CatalogueStore store;
    private final Path jars;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final Supplier<Optional<Notifications>> notifications;
    private final Supplier<Optional<Reminders>> reminders;
    private final Clock clock;
    private final CatalogueSettings settings;
    private final PluginRepositories repositories;

    public ApprovedCatalogue(PluginManager manager, org.jdbi.v3.core.Jdbi platformSchema, Path home,
            AccessControl access, Supplier<Optional<AuditLog>> audit, Supplier<Optional<Notifications>> notifications,
            Supplier<Optional<Reminders>> reminders, Clock clock) {
        this(manager, platformSchema, home, access, audit, notifications, reminders, clock,
                new CatalogueSettings(home));
    }

    public ApprovedCatalogue(PluginManager manager, org.jdbi.v3.core.Jdbi platformSchema, Path home,
            AccessControl access, Supplier<Optional<AuditLog>> audit, Supplier<Optional<Notifications>> notifications,
            Supplier<Optional<Reminders>> reminders, Clock clock, CatalogueSettings settings) {
        this.settings = settings;
        this.manager = manager;
        this.store = new CatalogueStore(platformSchema);
        this.jars = home.resolve("data").resolve("plugin-catalogue");
        this.access = access;
        this.audit = audit;
        this.notifications = notifications;
        this.reminders = reminders;
        this.clock = clock;
        this.repositories = new PluginRepositories(manager, platformSchema, home, access, audit, settings, clock,
                store::entries);
        // the manager installs for a department's administrator only what is approved here for that department
        manager.useApprovals(this::approvedFor);
    }

    /** Whether the jar of this digest is approved (and not withdrawn) for the department. */
    private boolean approvedFor(String sha256, String departmentCode) {
        return store.entry(sha256).filter(e -> !e.withdrawn() && e.departmentCode().equals(departmentCode))
                .isPresent();
    }

    /**
     * What an uploaded jar would do, shown before it is approved: the dry run, the department proposed, the entry of
     * the same bytes, its signature now, the release notes it carries ("" when none) and where it came from.
     */
    public record Review(DryRun dryRun, String department, boolean departmentFixed, Optional<CatalogueEntry> existing,
            JarSignature signature, String releaseNotes, String source) {

        /** Whether the settings let it be approved as it is signed. */
        public boolean signatureAdmitted(boolean required) {
            return signature.admitted(required);
        }
    }

    /**
     * One entry as its reader sees it now.
     *
     * @param installed the plugin of this symbolic name installed now (names, department, version), or {@code null}
     * @param refusal   why it would not be installed now (what would not resolve, or the jar's refusal), checked
     *                  again at every listing; {@code null} when it would
     * @param offer     what its reader may do with it
     * @param rollback  for the entry of the installed version: where a roll back would go, or why not
     */
    public record Listing(CatalogueEntry entry, PluginInfo installed, ConsoleException refusal, Offer offer,
            CatalogueRules.Rollback rollback, JarSignature signature) {

        public boolean resolves() {
            return refusal == null;
        }

        /** The refusal in English ("" when it would be installed), for logs and tests. */
        public String missing() {
            return refusal == null ? "" : refusal.getMessage();
        }

        /** The version installed now, or {@code null}. */
        public String installedVersion() {
            return installed == null ? null : installed.version();
        }
    }

    /** What a reader may do with an entry. */
    public enum Offer {
        INSTALL, UPDATE, INSTALLED, OLDER, WITHDRAWN
    }

    public boolean mayApprove() {
        return access.has(PluginManager.INSTALL);
    }

    /** The settings in force (signatures, repositories' timeout). */
    public CatalogueSettings settings() {
        return settings;
    }

    /** The plugin repositories, the catalogue's sources (platform administrators). */
    public PluginRepositories repositories() {
        return repositories;
    }

    /** Source of an uploaded jar's entry. */
    public static final String UPLOAD = "upload";

    /**
     * Stages a repository's candidate for its review and approval, as an upload is staged: a copy of its bytes, so
     * that what is reviewed is what is approved and kept, whatever the repository does afterwards.
     */
    public Path stageCandidate(PluginRepositories.Candidate candidate) throws IOException {
        access.check(PluginManager.INSTALL);
        try (InputStream in = Files.newInputStream(candidate.file())) {
            return manager.stage(in);
        }
    }

    // ---- the platform administrator: upload, review, approve, withdraw

    /** Keeps an upload in a file of its own (at most 50 MB), as the plugins screen's upload. */
    public Path stage(InputStream upload) throws IOException {
        access.check(PluginManager.INSTALL);
        return manager.stage(upload);
    }

    public void discard(Path staged) {
        manager.discard(staged);
    }

    /** The dry run of a staged jar against the running platform and the department it would be approved for. */
    public Review review(Path staged) throws IOException {
        return review(staged, UPLOAD);
    }

    /** The review of a staged jar that came from {@code source} (a repository's file or URL, or {@link #UPLOAD}). */
    public Review review(Path staged, String source) throws IOException {
        access.check(PluginManager.INSTALL);
        DryRun dry = manager.dryRun(staged);
        Optional<String> fixed = fixedDepartment(dry);
        String header = dry.jar().header(DEPARTMENT_HEADER);
        return new Review(dry, fixed.orElse(header == null ? "" : header.trim()), fixed.isPresent(),
                store.entry(dry.jar().sha256()), signature(dry), dry.jar().releaseNotes(), source);
    }

    private JarSignature signature(DryRun dry) {
        return JarSignature.of(dry.jar(), settings.signersDirectory());
    }

    /** Refuses a jar the signature setting does not admit (an invalid signature is refused when the jar is read). */
    private void checkSignature(DryRun dry, JarSignature signature) {
        if (!signature.admitted(settings.values().signaturesRequired())) {
            throw new ConsoleException("console.catalogue.error.signature-required", "signatures are required and "
                    + dry.jar().symbolicName() + " " + dry.jar().version() + " is " + (signature.status()
                            == JarSignature.Status.UNSIGNED ? "not signed" : "signed by " + signature.signer()
                                    + ", who is not trusted"), dry.jar().symbolicName(), dry.jar().version().toString(),
                    signature.signer());
        }
    }

    /**
     * Approves a staged jar for a department with release notes: refused when it would not resolve now, when the
     * department differs from the installed plugin's, when the same version is approved with other bytes, or when it
     * is approved already. The jar is kept by its digest; the staged file is discarded in any case.
     */
    public CatalogueEntry approve(Path staged, String departmentCode, String releaseNotes) throws IOException {
        return approve(staged, departmentCode, releaseNotes, UPLOAD);
    }

    /**
     * As {@link #approve(Path, String, String)}, for a jar from {@code source} (a repository's file or URL); a jar
     * whose signer is not trusted, or that is not signed, is refused when the settings require signatures.
     */
    public CatalogueEntry approve(Path staged, String departmentCode, String releaseNotes, String source)
            throws IOException {
        access.check(PluginManager.INSTALL);
        // the form's own mistakes first: refused with the staged jar kept, so that the dialog stays to correct them
        String department = departmentCode == null ? "" : departmentCode.trim();
        String notes = releaseNotes == null ? "" : releaseNotes.strip();
        if (!DEPARTMENT.matcher(department).matches()) {
            throw new ConsoleException(DEPARTMENT_MISSING, "a department code is needed"
                    + " (lower-case letters, digits and hyphens)");
        }
        if (notes.isEmpty() || notes.length() > NOTES_MAX) {
            throw new ConsoleException(NOTES_MISSING, "release notes of 1 to " + NOTES_MAX
                    + " characters are needed", NOTES_MAX);
        }
        try {
            DryRun dry = manager.dryRun(staged);
            Optional<String> fixed = fixedDepartment(dry);
            if (fixed.isPresent() && !fixed.get().equals(department)) {
                throw new ConsoleException("console.catalogue.error.department-differs", "the installed plugin belongs"
                        + " to the department " + fixed.get() + ", not " + department, fixed.get(), department);
            }
            if (!dry.resolves()) {
                String missing = missing(dry);
                throw new ConsoleException("console.error.unresolved", "would not resolve: missing " + missing, missing);
            }
            JarSignature signature = signature(dry);
            checkSignature(dry, signature);
            String sha = dry.jar().sha256();
            String version = dry.jar().version().toString();
            Optional<CatalogueEntry> existing = store.entry(sha);
            if (existing.isPresent() && !existing.get().withdrawn()) {
                throw new ConsoleException("console.catalogue.error.already", "this jar is approved already", sha);
            }
            for (CatalogueEntry other : store.entries()) {
                if (other.symbolicName().equals(dry.jar().symbolicName()) && other.version().equals(version)
                        && !other.sha256().equals(sha) && !other.withdrawn()) {
                    throw new ConsoleException("console.catalogue.error.same-version", "version " + version
                            + " is approved with other bytes (" + other.sha256() + "); withdraw it first", version);
                }
            }
            Path kept = keep(dry.jar().file(), sha);
            try {
                // every node's catalogue installs it: the jar in the database too
                manager.shareJar(kept, dry.jar().symbolicName(), version, sha);
            } catch (RuntimeException e) {
                if (existing.isEmpty()) {
                    Files.deleteIfExists(kept);
                }
                throw new ConsoleException("console.cluster.error.unavailable", "the jar cannot be kept for every node ("
                        + e.getMessage() + "); nothing was changed", String.valueOf(e.getMessage()));
            }
            CatalogueEntry entry = new CatalogueEntry(sha, dry.jar().symbolicName(), version, department, notes,
                    dry.jar().migrations(), dry.requirements().stream().filter(r -> !r.optional())
                            .map(DryRun.Requirement::description).toList(),
                    login(), clock.instant(), null, null, source == null || source.isBlank() ? UPLOAD : source,
                    signature.status() == JarSignature.Status.TRUSTED ? signature.signer() : null);
            if (existing.isPresent()) {
                store.reapprove(sha, notes, entry.approvedBy(), entry.approvedAt(), entry.source(), entry.signedBy());
            } else {
                store.insert(entry);
            }
            try {
                record("catalogue.approve", entry, existing.map(e -> "withdrawn").orElse(null), describe(entry));
            } catch (RuntimeException e) {
                // no approval without its record
                if (existing.isPresent()) {
                    store.withdraw(sha, existing.get().withdrawnBy(), existing.get().withdrawnAt());
                } else {
                    store.delete(sha);
                    Files.deleteIfExists(kept);
                }
                throw auditFailed(e);
            }
            noticeNewerVersions();
            return entry;
        } finally {
            manager.discard(staged);
        }
    }

    /** Withdraws an approval: the version can no longer be installed or rolled back to; what runs stays. */
    public CatalogueEntry withdraw(String sha256) {
        access.check(PluginManager.INSTALL);
        CatalogueEntry entry = store.entry(sha256).orElseThrow(() -> noSuchEntry(sha256));
        if (entry.withdrawn()) {
            throw new ConsoleException("console.catalogue.error.withdrawn", "the approval was withdrawn already",
                    entry.symbolicName(), entry.version());
        }
        Instant now = clock.instant();
        store.withdraw(sha256, login(), now);
        try {
            record("catalogue.withdraw", entry, "approved", "withdrawn");
        } catch (RuntimeException e) {
            store.unwithdraw(sha256);
            throw auditFailed(e);
        }
        return store.entry(sha256).orElseThrow();
    }

    // ---- reading

    /**
     * The entries the current user may see: every entry for a platform administrator; for a department's
     * administrator, the approved (not withdrawn) entries of the departments in their {@value PluginManager#SELF_INSTALL}
     * scope. Each is checked against the running platform now.
     */
    public List<Listing> listings() {
        checkReader();
        List<CatalogueEntry> entries = store.entries().stream().filter(this::visible).toList();
        Map<String, List<CatalogueEntry>> all = store.entries().stream()
                .collect(Collectors.groupingBy(CatalogueEntry::symbolicName));
        List<Listing> listings = new ArrayList<>();
        for (CatalogueEntry entry : entries) {
            Optional<PluginInfo> installed = manager.installedPlugin(entry.symbolicName());
            JarSignature[] signature = {JarSignature.UNSIGNED};
            ConsoleException refusal = refusalNow(entry, signature);
            Offer offer;
            CatalogueRules.Rollback rollback = null;
            if (entry.withdrawn()) {
                offer = Offer.WITHDRAWN;
            } else if (installed.isEmpty()) {
                offer = Offer.INSTALL;
            } else {
                int order = entry.osgiVersion().compareTo(Version.parseVersion(installed.get().version()));
                offer = order > 0 ? Offer.UPDATE : order == 0 ? Offer.INSTALLED : Offer.OLDER;
            }
            if (installed.isPresent() && entry.osgiVersion().equals(Version.parseVersion(installed.get().version()))) {
                rollback = rollbackFor(installed.get(), all.getOrDefault(entry.symbolicName(), List.of()));
            }
            listings.add(new Listing(entry, installed.orElse(null), refusal, offer, rollback, signature[0]));
        }
        noticeNewerVersions();
        return listings;
    }

    /**
     * The newest approved version newer than the installed plugin, for the plugins screen's mark; empty when there
     * is none or the user may not read the catalogue entry.
     */
    public Optional<CatalogueEntry> newerApproved(PluginInfo plugin) {
        if (!access.has(PluginManager.INSTALL) && !access.has(PluginManager.SELF_INSTALL)) {
            return Optional.empty();
        }
        List<CatalogueEntry> versions = store.entries().stream()
                .filter(e -> e.symbolicName().equals(plugin.symbolicName()) && visible(e)).toList();
        return CatalogueRules.newerApproved(Version.parseVersion(plugin.version()), versions);
    }

    // ---- the department's administrator (or a platform administrator): install, update, roll back

    /** Installs the approved version, or updates the installed plugin to it, in one action. */
    public PluginInfo install(String sha256) throws IOException {
        checkReader();
        CatalogueEntry entry = store.entry(sha256).filter(this::visible).orElseThrow(() -> noSuchEntry(sha256));
        if (entry.withdrawn()) {
            throw new ConsoleException("console.catalogue.error.withdrawn", "the approval was withdrawn",
                    entry.symbolicName(), entry.version());
        }
        Optional<PluginInfo> installed = manager.installedPlugin(entry.symbolicName());
        if (installed.isPresent() && !access.has(PluginManager.INSTALL)
                && !entry.departmentCode().equals(installed.get().departmentCode())) {
            // the running plugin says it is another department's: its administrators decide
            throw new AccessDeniedException(PluginManager.SELF_INSTALL);
        }
        String before = installed.map(p -> p.version()).orElse(null);
        checkSignatureNow(entry);
        PluginInfo info = manager.installApproved(stageKept(entry), entry.departmentCode(), false);
        String action = installed.isEmpty() ? "install" : "update";
        store.recordInstall(entry, action, login(), clock.instant());
        record("catalogue." + action, entry, before, describe(entry));
        tellPlatformAdmins(action, entry, before);
        return info;
    }

    /** Puts back the version installed from the catalogue before the running one, when its migrations allow. */
    public PluginInfo rollBack(String symbolicName) throws IOException {
        checkReader();
        PluginInfo installed = manager.installedPlugin(symbolicName)
                .filter(p -> access.has(PluginManager.INSTALL) || visibleDepartment(p.departmentCode()))
                .orElseThrow(() -> noSuchEntry(symbolicName));
        List<CatalogueEntry> versions = store.entries().stream()
                .filter(e -> e.symbolicName().equals(symbolicName)).toList();
        CatalogueRules.Rollback rollback = rollbackFor(installed, versions);
        if (!rollback.allowed()) {
            throw new ConsoleException(rollback.refusalKey(), "roll back refused: " + rollback.refusalKey() + " "
                    + rollback.refusalArgs(), rollback.refusalArgs().toArray());
        }
        CatalogueEntry target = rollback.target();
        if (!access.has(PluginManager.INSTALL) && !target.departmentCode().equals(installed.departmentCode())) {
            throw new AccessDeniedException(PluginManager.SELF_INSTALL);
        }
        checkSignatureNow(target);
        PluginInfo info = manager.installApproved(stageKept(target), target.departmentCode(), true);
        store.recordInstall(target, "rollback", login(), clock.instant());
        record("catalogue.rollback", target, installed.version(), describe(target));
        tellPlatformAdmins("rollback", target, installed.version());
        return info;
    }

    // ---- notices

    /**
     * Tells each department's administrators once (bell, per plugin and version) that a newer approved version of one
     * of its installed plugins exists: those holding {@value PluginManager#SELF_INSTALL} for the department, who can
     * install it (its other staff cannot, so it is not theirs to read). Runs after an approval and at each listing;
     * the once-only guarantee is the notify module's ({@link Reminders#sendOnce}).
     */
    void noticeNewerVersions() {
        Optional<Reminders> sender = reminders.get();
        if (sender.isEmpty()) {
            return;
        }
        Map<String, List<CatalogueEntry>> bySymbolicName = store.entries().stream()
                .collect(Collectors.groupingBy(CatalogueEntry::symbolicName));
        access.asSystem(() -> {
            bySymbolicName.forEach((bsn, versions) -> manager.installedPlugin(bsn).ifPresent(installed -> CatalogueRules
                    .newerApproved(Version.parseVersion(installed.version()), versions)
                    .filter(newer -> newer.departmentCode().equals(installed.departmentCode()))
                    .ifPresent(newer -> {
                        try {
                            sender.get().sendOnce("plugin-catalogue/" + bsn, "newer-" + newer.version(),
                                    Recipient.permissionIn(PluginManager.SELF_INSTALL, newer.departmentCode()),
                                    new Message("console",
                                            "插件有新版本可安装：" + installed.nameZh() + " " + newer.version(),
                                            "New approved version of " + installed.nameEn() + ": " + newer.version()
                                                    + " (installed " + installed.version() + ")",
                                            ROUTE, Severity.INFO));
                        } catch (RuntimeException e) {
                            LOG.warn("the notice of {} {} was not sent: {}", bsn, newer.version(), e.toString());
                        }
                    })));
            return null;
        });
    }

    private void tellPlatformAdmins(String action, CatalogueEntry entry, String before) {
        notifications.get().ifPresent(n -> {
            try {
                n.send(Recipient.permission(PluginManager.INSTALL), new Message("console",
                        "部门自助" + switch (action) {
                            case "install" -> "安装";
                            case "update" -> "更新";
                            default -> "回退";
                        } + "插件：" + entry.symbolicName() + " " + entry.version(),
                        login() + " (" + entry.departmentCode() + ") " + action + " " + entry.symbolicName() + " "
                                + (before == null ? "" : before + " → ") + entry.version(),
                        ROUTE, Severity.INFO));
            } catch (RuntimeException e) {
                LOG.warn("the platform administrators were not notified of {} {}: {}", action, entry.symbolicName(),
                        e.toString());
            }
        });
    }

    // ---- helpers

    private void checkReader() {
        if (!access.has(PluginManager.INSTALL)) {
            access.check(PluginManager.SELF_INSTALL);
        }
    }

    /** Whether the current user may see this entry: all for platform administrators, else own departments' approved. */
    private boolean visible(CatalogueEntry entry) {
        if (access.has(PluginManager.INSTALL)) {
            return true;
        }
        return !entry.withdrawn() && visibleDepartment(entry.departmentCode());
    }

    private boolean visibleDepartment(String department) {
        return department != null && !department.isEmpty() && access.has(PluginManager.SELF_INSTALL)
                && access.scope(PluginManager.SELF_INSTALL).includes(department);
    }

    private CatalogueRules.Rollback rollbackFor(PluginInfo installed, List<CatalogueEntry> versions) {
        Map<String, CatalogueEntry> bySha = versions.stream()
                .collect(Collectors.toMap(CatalogueEntry::sha256, Function.identity()));
        return CatalogueRules.rollbackTarget(Version.parseVersion(installed.version()),
                store.history(installed.symbolicName()), bySha, manager.appliedMigrations(installed.symbolicName()));
    }

    /** The department of the installed plugin an update would replace, which an approval must keep. */
    private Optional<String> fixedDepartment(DryRun dry) {
        return manager.installedPlugin(dry.jar().symbolicName()).map(PluginInfo::departmentCode)
                .filter(d -> !d.isEmpty());
    }

    /**
     * Why the entry would not be installed now — what would not resolve, or the jar's refusal (the allow-list may
     * have changed too) — or {@code null} when it would.
     */
    private ConsoleException refusalNow(CatalogueEntry entry, JarSignature[] signature) {
        Path jar = localJar(entry.sha256());
        try {
            DryRun dry = manager.dryRunApproved(jar, entry.sha256());
            signature[0] = signature(dry);
            if (!signature[0].admitted(settings.values().signaturesRequired())) {
                return new ConsoleException("console.catalogue.error.signature-required", "signatures are required"
                        + " and this jar is not signed by a trusted signer", entry.symbolicName(), entry.version(),
                        signature[0].signer());
            }
            if (dry.resolves()) {
                return null;
            }
            String missing = missing(dry);
            return new ConsoleException("console.catalogue.unresolved", "would not resolve: missing " + missing,
                    missing);
        } catch (ConsoleException e) {
            return e;
        } catch (IOException e) {
            return new ConsoleException("console.catalogue.error.jar-changed", "the kept jar cannot be read: "
                    + e.getMessage(), entry.symbolicName(), entry.version());
        }
    }

    /** Refuses an install the signature setting does not admit now (signatures required since the approval). */
    private void checkSignatureNow(CatalogueEntry entry) {
        ConsoleException refusal = refusalNow(entry, new JarSignature[1]);
        if (refusal != null && "console.catalogue.error.signature-required".equals(refusal.key())) {
            throw refusal;
        }
    }

    private static String missing(DryRun dry) {
        return String.join("; ", dry.missing().stream().map(DryRun.Requirement::description).toList());
    }

    private Path jar(String sha256) {
        return jars.resolve(sha256 + ".jar");
    }

    /**
     * The approved jar on this node; when another node approved it (several nodes on one database), fetched first from
     * the database, where the approving node kept it. Its digest is checked before each use as before.
     */
    private Path localJar(String sha256) {
        Path kept = jar(sha256);
        if (!Files.isRegularFile(kept)) {
            try {
                Files.createDirectories(jars);
                SecretFiles.ownerOnly(jars);
                manager.sharedJar(sha256, kept).ifPresent(fetched -> {
                    try {
                        SecretFiles.ownerOnly(fetched);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (IOException | RuntimeException e) {
                LOG.warn("approved jar {} cannot be fetched from the database: {}", sha256, e.toString());
            }
        }
        return kept;
    }

    /** Keeps an approved jar owner-only under its digest (copied beside it, then moved in one step). */
    private Path keep(Path source, String sha256) throws IOException {
        Files.createDirectories(jars);
        SecretFiles.ownerOnly(jars);
        Path kept = jar(sha256);
        Path partial = kept.resolveSibling(kept.getFileName() + ".partial");
        Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
        SecretFiles.ownerOnly(partial);
        Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return kept;
    }

    /** The kept jar, checked against its digest, staged for the plugin manager (which discards it). */
    private Path stageKept(CatalogueEntry entry) throws IOException {
        Path kept = localJar(entry.sha256());
        if (!Files.isRegularFile(kept) || !cn.gov.laoshan.district.console.plugins.PluginJar.sha256(kept)
                .equals(entry.sha256())) {
            throw new ConsoleException("console.catalogue.error.jar-changed", "the kept jar of " + entry.symbolicName()
                    + " " + entry.version() + " is missing or no longer matches its SHA-256", entry.symbolicName(),
                    entry.version());
        }
        try (InputStream in = Files.newInputStream(kept)) {
            return manager.stage(in);
        }
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElse("system");
    }

    private static String describe(CatalogueEntry entry) {
        ObjectNode node = JSON.createObjectNode().put("plugin", entry.symbolicName()).put("version", entry.version())
                .put("department", entry.departmentCode()).put("sha256", entry.sha256());
        node.putArray("migrations").addAll(entry.migrations().stream().map(node::textNode).toList());
        return node.toString();
    }

    private void record(String action, CatalogueEntry entry, String before, String after) {
        AuditLog log = audit.get().orElseThrow(() -> new IllegalStateException("the audit log is not available"));
        String object = entry.symbolicName() + " " + entry.version();
        // as the user the access control names (the signed-in one, or who a caller runs as)
        access.currentUser().ifPresentOrElse(
                user -> log.record(user, "console", action, "PluginVersion", object, before, after),
                () -> log.record("console", action, "PluginVersion", object, before, after));
    }

    private static ConsoleException auditFailed(RuntimeException e) {
        return new ConsoleException("console.error.audit-failed", "the audit log cannot be written (" + e.getMessage()
                + "); nothing was changed", String.valueOf(e.getMessage()));
    }

    private static ConsoleException noSuchEntry(String key) {
        return new ConsoleException("console.catalogue.error.no-such-entry", "no such catalogue entry: " + key, key);
    }
}
