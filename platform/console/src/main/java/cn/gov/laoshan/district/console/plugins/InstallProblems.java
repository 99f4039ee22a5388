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
     * @param reason why it does not run, in English (the log's, {@code /health}'s and the shell's language)
     * @param since  when this reason was first seen
     * @param said   the same reason in sentences of the console's messages, for the plugins screen in the user's
     *               language (a technical detail, such as the framework's resolver message, stays as it is)
     */
    public record Problem(String file, String reason, Instant since, List<Said> said) {
        public Problem {
            said = List.copyOf(said);
        }
    }

    /**
     * One sentence of a problem: a message key of the console and its parameters; a parameter that is itself a
     * {@code Said} is translated too (where a plugin came from, say).
     */
    public record Said(String key, Object... args) {

        /** A detail that has no translation (the framework's own message). */
        public static Said detail(String text) {
            return new Said("console.problem.detail", String.valueOf(text));
        }

        /** The refusal of a {@link ConsoleException}, in its own message. */
        public static Said of(ConsoleException e) {
            return new Said(e.key(), e.args());
        }
    }

    private final Map<String, Problem> problems = new ConcurrentHashMap<>();
    private final Clock clock;

    public InstallProblems(Clock clock) {
        this.clock = clock;
    }

    /** Reports a problem with a file that has no translation (an unexpected failure's own message). */
    public void report(String file, String reason) {
        report(file, reason, List.of(new Said("console.problem.unexpected", String.valueOf(reason))));
    }

    /** Reports a problem with a file; logged when it is new or its reason changed. */
    public void report(String file, String reason, List<Said> said) {
        Problem before = problems.get(file);
        if (before != null && before.reason().equals(reason)) {
            return;
        }
        problems.put(file, new Problem(file, reason, clock.instant(), said));
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
