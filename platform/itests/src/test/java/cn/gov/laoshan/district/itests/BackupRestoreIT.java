package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.calendar.service.CalendarService;
import cn.gov.laoshan.district.runtime.PlatformRuntime;
import cn.gov.laoshan.district.runtime.RuntimeOptions;

/**
 * Item 8: {@code bin/district backup} takes an online backup of the running platform's embedded database through
 * {@code POST /admin/backup}; restoring it the way distribution/README.md says (stop, move data/district aside,
 * copy the backup's district directory in, start) brings back exactly the state at the backup.
 */
class BackupRestoreIT {

    private static final Path SCRIPT = Path.of("..", "..", "distribution", "src", "main", "dist", "bin", "district");
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void backUpChangeRestoreCompare() throws Exception {
        Path home = tmp.resolve("home");
        Path backups = tmp.resolve("backups");
        LocalDate before = LocalDate.parse("2027-01-01");
        LocalDate after = LocalDate.parse("2027-02-08");

        PlatformRuntime first = start(home);
        try {
            Path tokenFile = first.adminTokenFile();
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(tokenFile));
            String token = Files.readString(tokenFile).trim();
            addDay(first, new SpecialDay(before, DayKind.HOLIDAY, "元旦", "New Year's Day"));
            var auditQuery = first.service(cn.gov.laoshan.district.audit.service.AuditQuery.class).orElseThrow();
            assertTrue(first.service(AccessControl.class).orElseThrow().asSystem(auditQuery::sources).contains("calendar"),
                    "the calendar change is in the audit log");

            // the endpoint refuses requests without the right token, and bad directories
            assertEquals(403, post(first, null, "dir=" + backups));
            assertEquals(403, post(first, "0".repeat(64), "dir=" + backups));
            assertEquals(400, post(first, token, "dir=relative/dir"));
            assertEquals(400, post(first, token, ""));

            // the script asks the running platform for the backup
            Process script = new ProcessBuilder("bash", SCRIPT.toString(), "backup", "--home", home.toString(), "--port",
                    Integer.toString(first.port()), backups.toString()).redirectErrorStream(true).start();
            String output = new String(script.getInputStream().readAllBytes());
            assertTrue(script.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, script.exitValue(), output);
            assertTrue(output.contains("backup done: " + backups.toRealPath().resolve("district")), output);
            assertTrue(Files.isDirectory(backups.resolve("district").resolve("seg0")), "a Derby database directory");

            // issue 23, item 7: an existing backup is not replaced without --force ...
            long firstBackup = Files.getLastModifiedTime(backups.resolve("district").resolve("service.properties"))
                    .toMillis();
            Thread.sleep(1100);
            Script again = script(home, first, backups.toString());
            assertEquals(1, again.exit(), again.output());
            assertTrue(again.output().contains("a backup is there already") && again.output().contains("--force"),
                    again.output());
            assertEquals(firstBackup, Files.getLastModifiedTime(backups.resolve("district")
                    .resolve("service.properties")).toMillis(), "the earlier backup is untouched");
            Script forced = script(home, first, "--force", backups.toString());
            assertEquals(0, forced.exit(), forced.output());
            assertTrue(Files.isDirectory(backups.resolve("district").resolve("seg0")));
            // ... and a directory inside the live data directory is refused before anything is created
            Path inside = home.resolve("data").resolve("backups");
            Script unsafe = script(home, first, inside.toString());
            assertEquals(1, unsafe.exit(), unsafe.output());
            assertTrue(unsafe.output().contains("inside the live data directory"), unsafe.output());
            assertFalse(Files.exists(inside), "nothing created inside the data directory");
            assertEquals(400, post(first, token, "dir=" + home.resolve("data").resolve("district").resolve("x")));
            assertFalse(Files.exists(home.resolve("data").resolve("district").resolve("x")));

            // a change after the backup
            addDay(first, new SpecialDay(after, DayKind.HOLIDAY, "春节", "Spring Festival"));
            assertTrue(calendar(first).specialDay(after).isPresent());
        } finally {
            first.close();
        }
        assertFalse(Files.exists(home.resolve("data").resolve("admin.token")), "the token goes with the platform");

        // restore as documented
        Path data = home.resolve("data");
        Files.move(data.resolve("district"), data.resolve("district.before-restore"));
        copyTree(backups.resolve("district"), data.resolve("district"));

        PlatformRuntime restored = start(home);
        try {
            WorkingDayCalendar calendar = calendar(restored);
            assertEquals("元旦", calendar.holidayName(before).orElseThrow(), "the change before the backup is back");
            assertFalse(calendar.specialDay(after).isPresent(), "the change after the backup is gone");
            assertEquals(LocalDate.parse("2026-03-11"), calendar.deadline(LocalDate.parse("2026-02-12"), 15));
            assertEquals(40, calendar.specialDays(2026).size() + calendar.specialDays(2027).size());
        } finally {
            restored.close();
        }
    }

    private record Script(int exit, String output) {
    }

    /** {@code bin/district backup} against the running platform, with the given further arguments. */
    private static Script script(Path home, PlatformRuntime runtime, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString(), "backup", "--home",
                home.toString(), "--port", Integer.toString(runtime.port())));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        return new Script(process.exitValue(), output);
    }

    private static PlatformRuntime start(Path home) throws Exception {
        System.setProperty("district.home", home.toString());
        return PlatformRuntime.start(RuntimeOptions.forHome(home).withPort(0));
    }

    private static WorkingDayCalendar calendar(PlatformRuntime runtime) {
        return runtime.service(WorkingDayCalendar.class).orElseThrow();
    }

    private static void addDay(PlatformRuntime runtime, SpecialDay day) {
        CalendarService calendar = (CalendarService) calendar(runtime);
        runtime.service(AccessControl.class).orElseThrow().asSystem(() -> {
            calendar.save(null, day);
            return null;
        });
    }

    private int post(PlatformRuntime runtime, String token, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtime.port() + "/admin/backup"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            request.header("X-District-Admin-Token", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }

}
