package cn.gov.laoshan.district.console.plugins;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files that should have become a running bundle and did not, with the reason: a jar in {@code deploy/} that is
 * empty, damaged, no bundle, not on the allow-list, a second copy of an installed plugin, an update that was undone;
 * a kept jar in {@code plugins/} or a feature's jar that was refused. Shown in {@code /health} (the detailed part),
 * on the console's plugins screen and written to the log once per new reason, so that nothing fails silently.
 */
public final class InstallProblems {

    private static final Logger LOG = LoggerFactory.getLogger(InstallProblems.class);

    /**
     * @param file   where the file is, relative to the home ({@code deploy/x.jar}, {@code plugins/x.jar})
     * @param reason why it does not run, in English (the log's language)
     * @param since  when this reason was first seen
     */
    public record Problem(String file, String reason, Instant since) {
    }

    private final Map<String, Problem> problems = new ConcurrentHashMap<>();
    private final Clock clock;

    public InstallProblems(Clock clock) {
        this.clock = clock;
    }

    /** Reports a problem with a file; logged when it is new or its reason changed. */
    public void report(String file, String reason) {
        Problem before = problems.get(file);
        if (before != null && before.reason().equals(reason)) {
            return;
        }
        problems.put(file, new Problem(file, reason, clock.instant()));
        LOG.error("{}: {}", file, reason);
    }

    /** The file is fine now (or gone). */
    public void clear(String file) {
        if (problems.remove(file) != null) {
            LOG.info("{}: problem cleared", file);
        }
    }

    public boolean has(String file) {
        return problems.containsKey(file);
    }

    /** Every current problem, by file. */
    public List<Problem> list() {
        return problems.values().stream().sorted(Comparator.comparing(Problem::file)).toList();
    }
}
