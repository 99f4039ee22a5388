package cn.gov.laoshan.district.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathFactsTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(ClassPathFacts.CACHE_DIR_PROPERTY);
    }

    @Test
    void computedOnceThenReadFromTheFileUntilAJarChanges() throws IOException {
        DistrictHome home = new DistrictHome(dir.resolve("home")).prepare();
        Path jar = Files.writeString(dir.resolve("some.jar"), "not really a jar");
        AtomicInteger computed = new AtomicInteger();
        ClassPathFacts.Compute compute = () -> {
            computed.incrementAndGet();
            return new ClassPathFacts(List.of(jar), Map.of("org.apache.felix.scr", jar),
                    "a.b;version=\"1.0.0\"", 1, false);
        };
        var names = new LinkedHashSet<>(List.of("org.apache.felix.scr"));

        ClassPathFacts first = ClassPathFacts.current(home, names, compute);
        assertFalse(first.fromCache());
        ClassPathFacts second = ClassPathFacts.current(home, names, compute);
        assertTrue(second.fromCache());
        assertEquals(1, computed.get());
        assertEquals(first.systemPackagesExtra(), second.systemPackagesExtra());
        assertEquals(first.standardBundles(), second.standardBundles());
        assertEquals(first.classPath(), second.classPath());

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertFalse(ClassPathFacts.current(home, names, compute).fromCache(), "a changed jar: computed again");
        assertEquals(2, computed.get());

        // another standard bundle asked for than the file knows: computed again
        var more = new LinkedHashSet<>(List.of("org.apache.felix.scr", "org.apache.felix.metatype"));
        assertFalse(ClassPathFacts.current(home, more, compute).fromCache());
    }

    @Test
    void keptInTheNamedDirectoryWhenOneIsGiven() throws IOException {
        DistrictHome home = new DistrictHome(dir.resolve("home")).prepare();
        Path shared = dir.resolve("shared");
        System.setProperty(ClassPathFacts.CACHE_DIR_PROPERTY, shared.toString());
        ClassPathFacts.current(home, new LinkedHashSet<>(), () -> new ClassPathFacts(List.of(), Map.of(), "", 0, false));
        assertTrue(Files.exists(shared.resolve("class-path-facts.properties")));
        assertFalse(Files.exists(home.cache().resolve("class-path-facts.properties")));
    }

    @Test
    void aDamagedFileIsComputedAgain() throws IOException {
        DistrictHome home = new DistrictHome(dir.resolve("home")).prepare();
        java.util.Properties damaged = new java.util.Properties();
        damaged.setProperty("format", "1");
        damaged.setProperty("java.class.path", System.getProperty("java.class.path", ""));
        damaged.setProperty("entries", "zwei");
        try (var out = Files.newBufferedWriter(home.cache().resolve("class-path-facts.properties"))) {
            damaged.store(out, null);
        }
        AtomicInteger computed = new AtomicInteger();
        ClassPathFacts facts = ClassPathFacts.current(home, new LinkedHashSet<>(), () -> {
            computed.incrementAndGet();
            return new ClassPathFacts(List.of(), Map.of(), "", 0, false);
        });
        assertFalse(facts.fromCache());
        assertEquals(1, computed.get());
    }
}
