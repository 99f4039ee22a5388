package cn.gov.laoshan.district.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a load run is: the platform's address, how many users ramped over how long, for how long, the think time, and
 * the accounts (the demo cast of {@code <home>/conf/demo-accounts.txt}: staff only, each virtual user taking the next
 * account round-robin — sessions are per virtual user, so many users may share an account as people share nothing
 * else), and the sign-in storm: {@code storm} more users signing in within {@code stormDuration} once the
 * navigating users are all signed in (none when 0); or instead of all that {@code abandon} sessions opened and
 * abandoned (see {@link StaffJourneys}). Read from system properties {@code load.*} so that
 * {@link LoadTest} hands them to the simulation.
 */
public record LoadSettings(String baseUrl, int users, Duration ramp, Duration duration, Duration thinkMin,
        Duration thinkMax, Path accountsFile, String enterprise, String enterpriseName, String homeText, int storm,
        Duration stormDuration, int abandon) {

    public static LoadSettings fromSystemProperties() {
        return new LoadSettings(System.getProperty("load.baseUrl", "http://127.0.0.1:8080"),
                Integer.getInteger("load.users", 10), Duration.ofSeconds(Long.getLong("load.rampSeconds", 10)),
                Duration.ofSeconds(Long.getLong("load.durationSeconds", 60)),
                Duration.ofMillis(Long.getLong("load.thinkMinMillis", 1000)),
                Duration.ofMillis(Long.getLong("load.thinkMaxMillis", 3000)),
                Path.of(System.getProperty("load.accounts", "home/conf/demo-accounts.txt")),
                System.getProperty("load.enterprise", "91370212MA3C4XK2QQ"),
                System.getProperty("load.enterpriseName", "青岛海澜智联科技有限公司"),
                System.getProperty("load.homeText", "退出登录"), Integer.getInteger("load.storm", 0),
                Duration.ofSeconds(Long.getLong("load.stormSeconds", 60)), Integer.getInteger("load.abandon", 0));
    }

    /**
     * The staff accounts of the accounts file: {@code login} and {@code password} (what each does follows from the
     * menu its sign-in shows, see {@link StaffJourneys#rememberMenu}).
     *
     * @throws IllegalStateException when the file holds no staff account
     */
    public List<Map<String, Object>> accounts() {
        try {
            return parseAccounts(Files.readAllLines(accountsFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the accounts " + accountsFile.toAbsolutePath(), e);
        }
    }

    static List<Map<String, Object>> parseAccounts(List<String> lines) {
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 4 || "-".equals(f[3])) {
                continue; // enterprise users: not staff
            }
            accounts.add(Map.of("login", f[0], "password", f[1]));
        }
        if (accounts.isEmpty()) {
            throw new IllegalStateException("no staff account in the accounts file");
        }
        return accounts;
    }
}
