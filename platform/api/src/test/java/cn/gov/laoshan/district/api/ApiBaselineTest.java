package cn.gov.laoshan.district.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The api just built against its last published state ({@code baseline/district-api.jar}), with bnd's own
 * {@link Baseline}: a change that would break a plugin built against the published api (a method removed or
 * changed, a method added to a {@code @ConsumerType}, an exported package removed) must come with a major version
 * of its package, an addition with a minor one. How to move the baseline: the README.
 */
class ApiBaselineTest {

    static final File BUILT = new File("target/classes");
    static final File PUBLISHED = new File("baseline/district-api.jar");

    @Test
    void everyPackageVersionCoversItsChangesSinceThePublishedApi() throws Exception {
        assertTrue(new File(BUILT, "META-INF/MANIFEST.MF").isFile(), "bnd writes the manifest before the tests run");
        assertTrue(PUBLISHED.isFile(), PUBLISHED + " holds the published api");
        try (Processor reporter = new Processor(); Jar built = new Jar(BUILT); Jar published = new Jar(PUBLISHED)) {
            Set<Info> infos = new Baseline(reporter, new DiffPluginImpl()).baseline(built, published, null);
            assertFalse(infos.isEmpty(), "the baseline compared no package");
            List<String> problems = infos.stream()
                    .filter(info -> info.mismatch || info.packageDiff.getDelta() == Delta.REMOVED)
                    .map(ApiBaselineTest::describe)
                    .sorted()
                    .collect(Collectors.toList());
            assertTrue(problems.isEmpty(), () -> "the api changed more than its package versions say"
                    + " (bump the package's @Version in package-info.java, major for a change that breaks plugins;"
                    + " platform/api/README.md):\n" + String.join("\n", problems));
            assertTrue(reporter.getErrors().isEmpty(), () -> "bnd: " + reporter.getErrors());
        }
    }

    private static String describe(Info info) {
        if (info.packageDiff.getDelta() == Delta.REMOVED) {
            return info.packageName + " " + info.olderVersion + ": no longer exported (plugins import it)";
        }
        return info.packageName + " " + info.olderVersion + " -> " + info.newerVersion + ", needs at least "
                + info.suggestedVersion + ": " + info.reason;
    }
}
