package cn.gov.laoshan.district.pluginkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.lang.model.SourceVersion;

/**
 * Generates a department plugin of the standard shape from {@code platform/pluginkit/template}: plugin class,
 * permissions, a list, a form, a workflow screen, a migration, both message files, its tests — and registers it in
 * the reactor, the standard feature and the distribution. {@code ./district new-plugin <id> <department>} runs it
 * (as a single-file program: it needs only the JDK, so it runs before anything is built).
 *
 * <p>Template files and paths carry tokens: {@code __id__} (the plugin id, also its package), {@code __Id__} (the
 * class-name prefix), {@code __department__}, {@code __name_zh__}, {@code __name_en__}, {@code __department_zh__},
 * {@code __department_en__} and {@code __parent__} (the path to {@code plugins/pom.xml}).
 */
public final class NewPlugin {

    /** The template, relative to the repository's root. */
    public static final String TEMPLATE = "platform/pluginkit/template";
    /** What the platform accepts as a plugin id (PluginDescriptor), which is also a Java package name here. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,29}");
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /**
     * Ids whose package would be one of the platform's own ({@code cn.gov.laoshan.district.uikit} inside a plugin
     * would shadow the UI kit it imports), and {@code platform}, a bundle name the console refuses to install.
     */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("api", "uikit", "shell", "core",
            "identity", "audit", "workflow", "masking", "calendar", "notify", "registry", "console", "runtime",
            "testkit", "testdoubles", "archrules", "pluginkit", "itests", "benchmarks", "platform", "plugin", "test",
            "features", "distribution");
    private static final Pattern TOKEN = Pattern.compile("__(id|Id|department|name_zh|name_en|department_zh|"
            + "department_en|parent)__");

    private NewPlugin() {
    }

    /** What to generate. */
    public record Spec(String id, String department, String nameZh, String nameEn, String departmentZh,
            String departmentEn) {
        public Spec {
            if (!ID.matcher(id).matches() || SourceVersion.isKeyword(id)) {
                throw new IllegalArgumentException("the plugin id must be 2 to 30 lower-case letters or digits, "
                        + "starting with a letter, and no Java keyword: " + id);
            }
            if (RESERVED.contains(id)) {
                throw new IllegalArgumentException("'" + id + "' names a part of the platform (its package "
                        + "cn.gov.laoshan.district." + id + " is taken): choose another id");
            }
            if (!DEPARTMENT.matcher(department).matches()) {
                throw new IllegalArgumentException("a department code is lower-case letters, digits and '-': "
                        + department);
            }
        }

        /** The default names, to be edited in the message files. */
        public static Spec of(String id, String department) {
            return new Spec(id, department, "新业务（" + id + "）", "New service (" + id + ")",
                    "承办部门（" + department + "）", "Department " + department);
        }

        Map<String, String> tokens(String parent) {
            Map<String, String> tokens = new LinkedHashMap<>();
            tokens.put("id", id);
            tokens.put("Id", Character.toUpperCase(id.charAt(0)) + id.substring(1));
            tokens.put("department", department);
            tokens.put("name_zh", nameZh);
            tokens.put("name_en", nameEn);
            tokens.put("department_zh", departmentZh);
            tokens.put("department_en", departmentEn);
            tokens.put("parent", parent);
            return tokens;
        }
    }

    /**
     * Writes the plugin's module into {@code target} (which must not exist) from {@code template}; {@code parent} is
     * the path from the module to {@code plugins/pom.xml} (see {@link #parentPath}). Returns the files written,
     * relative to {@code target}, sorted.
     */
    public static List<Path> generate(Path template, Path target, String parent, Spec spec) throws IOException {
        if (Files.exists(target)) {
            throw new IllegalStateException(target + " exists already: nothing generated");
        }
        Map<String, String> tokens = spec.tokens(parent);
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = Path.of(replace(template.relativize(file).toString(), tokens));
                Path out = target.resolve(relative);
                Files.createDirectories(out.getParent());
                Files.writeString(out, replace(Files.readString(file, StandardCharsets.UTF_8), tokens),
                        StandardCharsets.UTF_8);
                written.add(relative);
            }
        }
        return written.stream().sorted().toList();
    }

    /** The relative path from the module directory {@code module} to {@code parentPom}, as a pom writes it. */
    public static String parentPath(Path module, Path parentPom) {
        return module.toAbsolutePath().normalize().relativize(parentPom.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    static String replace(String text, Map<String, String> tokens) {
        return TOKEN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(tokens.get(m.group(1))));
    }

    /** Adds {@code <module>id</module>} to the aggregator {@code pom} (before its closing modules tag). */
    public static void addModule(Path pom, String id) throws IOException {
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        if (text.contains("<module>" + id + "</module>")) {
            return;
        }
        int end = text.indexOf("  </modules>");
        if (end < 0) {
            throw new IllegalStateException(pom + " has no <modules>");
        }
        Files.writeString(pom, text.substring(0, end) + "    <module>" + id + "</module>\n" + text.substring(end),
                StandardCharsets.UTF_8);
    }

    /** Adds the plugin's symbolic name to the feature descriptor's {@code "plugins"} list. */
    public static void addToFeature(Path feature, String id) throws IOException {
        String text = Files.readString(feature, StandardCharsets.UTF_8);
        String name = "\"cn.gov.laoshan.district.plugin." + id + "\"";
        if (text.contains(name)) {
            return;
        }
        Matcher list = Pattern.compile("(\"plugins\"\\s*:\\s*\\[)([^\\]]*?)(\\s*\\])").matcher(text);
        if (!list.find()) {
            throw new IllegalStateException(feature + " has no \"plugins\" list");
        }
        String entries = list.group(2);
        String added = entries.isBlank() ? "\n    " + name : entries + ",\n    " + name;
        Files.writeString(feature, text.substring(0, list.start(2)) + added + text.substring(list.end(2)),
                StandardCharsets.UTF_8);
    }

    /**
     * Manages the plugin's version in the root {@code pom.xml} (after the last plugin there), so that the modules
     * that use it (the distribution, the integration tests) name it without a version: versions managed once.
     */
    public static void addToManagedVersions(Path pom, String id) throws IOException {
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        String artifact = "<artifactId>district-plugin-" + id + "</artifactId>";
        int managed = text.indexOf("<dependencyManagement>");
        int end = text.indexOf("</dependencyManagement>");
        if (managed < 0 || end < 0) {
            throw new IllegalStateException(pom + " has no dependencyManagement");
        }
        if (text.substring(managed, end).contains(artifact)) {
            return;
        }
        int last = text.lastIndexOf("<artifactId>district-plugin-", end);
        int at = last < managed ? -1 : text.indexOf("</dependency>", last);
        if (at < 0) {
            throw new IllegalStateException(pom + " manages no plugin to add the new one after");
        }
        at += "</dependency>".length();
        Files.writeString(pom, text.substring(0, at) + "\n      <dependency>\n        <groupId>cn.gov.laoshan.district</groupId>"
                + "\n        " + artifact + "\n        <version>${project.version}</version>\n      </dependency>"
                + text.substring(at), StandardCharsets.UTF_8);
    }

    /**
     * Adds the plugin's jar to the distribution's {@code bundles/} (a provided dependency after the last plugin; its
     * version is the root pom's, {@link #addToManagedVersions}).
     */
    public static void addToDistribution(Path pom, String id) throws IOException {
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        String artifact = "<artifactId>district-plugin-" + id + "</artifactId>";
        if (text.contains(artifact)) {
            return;
        }
        int last = text.lastIndexOf("<artifactId>district-plugin-");
        int at = last < 0 ? -1 : text.indexOf("</dependency>", last);
        if (at < 0) {
            throw new IllegalStateException(pom + " lists no plugin to add the new one after");
        }
        at += "</dependency>".length();
        Files.writeString(pom, text.substring(0, at) + "\n    <dependency>\n      <groupId>cn.gov.laoshan.district</groupId>"
                + "\n      " + artifact + "\n      <scope>provided</scope>"
                + "\n    </dependency>" + text.substring(at), StandardCharsets.UTF_8);
    }

    /**
     * {@code <id> <department> [--name 中文名/English] [--department-name 中文/English] [--into DIR] [--repo DIR]}:
     * generates {@code <repo>/<into>/<id>} (into: {@code plugins} by default) and registers it.
     */
    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            System.err.println("new-plugin: " + refused.getMessage());
            System.exit(2);
        }
    }

    private static void run(String[] args) throws IOException {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>(Map.of("--into", "plugins", "--repo", "."));
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (!List.of("--name", "--department-name", "--into", "--repo").contains(args[i])
                        || i + 1 == args.length) {
                    throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
                }
                options.put(args[i], args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() != 2) {
            System.err.println("usage: new-plugin <id> <department> [--name 中文名/English] "
                    + "[--department-name 中文/English] [--into plugins|platform/test-plugins]");
            System.exit(2);
        }
        Spec spec = Spec.of(positional.get(0), positional.get(1));
        String[] name = options.getOrDefault("--name", spec.nameZh() + "/" + spec.nameEn()).split("/", 2);
        String[] department = options.getOrDefault("--department-name",
                spec.departmentZh() + "/" + spec.departmentEn()).split("/", 2);
        spec = new Spec(spec.id(), spec.department(), name[0], name.length > 1 ? name[1] : name[0], department[0],
                department.length > 1 ? department[1] : department[0]);
        Path repo = Path.of(options.get("--repo")).toAbsolutePath().normalize();
        Path into = repo.resolve(options.get("--into"));
        Path target = into.resolve(spec.id());
        List<Path> written = generate(repo.resolve(TEMPLATE), target,
                parentPath(target, repo.resolve("plugins/pom.xml")), spec);
        addModule(into.resolve("pom.xml"), spec.id());
        boolean departmentPlugin = into.equals(repo.resolve("plugins"));
        if (departmentPlugin) {
            addToFeature(repo.resolve("features/src/main/features/standard.feature.json"), spec.id());
            addToManagedVersions(repo.resolve("pom.xml"), spec.id());
            addToDistribution(repo.resolve("distribution/pom.xml"), spec.id());
        }
        System.out.println("new-plugin: wrote " + written.size() + " files to " + repo.relativize(target)
                + (departmentPlugin ? "; added it to plugins/pom.xml, the standard feature, the root pom's versions and the distribution"
                        : "; added it to " + repo.relativize(into.resolve("pom.xml"))));
        System.out.println("next: mvn -B install -pl " + repo.relativize(target) + " -am   "
                + "(builds it and runs its tests), then copy " + repo.relativize(target)
                + "/target/district-plugin-" + spec.id() + "-*.jar into the running platform's deploy/ directory");
    }
}
