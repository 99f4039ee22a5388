package cn.gov.laoshan.district.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The message-file check ({@link MessageFiles}) on made-up files — it finds what it should and nothing else — and
 * over every module's message files and Metatype texts in this repository.
 */
class MessageFilesTest {

    @Test
    void englishInAChineseFileIsFoundWhereTheEnglishFileHasTheKey(@TempDir Path dir) throws IOException {
        Path zh = write(dir, "messages.properties", """
                a.title=Configuration
                a.chinese=配置
                a.name=Excel 导出
                a.abbreviation=PDF
                a.placeholder={0}
                a.only-here=Something English but nowhere else
                """);
        write(dir, "messages_en.properties", """
                a.title=Configuration
                a.chinese=Configuration
                a.name=Excel export
                a.abbreviation=PDF
                a.placeholder={0}
                """);
        List<String> keys = MessageFiles.checkPair(zh).stream().map(MessageFiles.Problem::key).toList();
        assertEquals(List.of("a.title"), keys);
    }

    @Test
    void rawEnumNamesAreFoundInBothLanguages(@TempDir Path dir) throws IOException {
        Path zh = write(dir, "messages.properties", "c.channel=来访（WALK_IN）\nc.type=LABOUR\nc.ok=导出 CSV\n");
        write(dir, "messages_en.properties", "c.channel=Walk-in\nc.type=Labour\nc.state=IN_MEDIATION\n");
        String found = MessageFiles.checkPair(zh).stream().map(p -> p.file().getFileName() + " " + p.key())
                .sorted().collect(Collectors.joining(", "));
        assertEquals("messages.properties c.channel, messages.properties c.type, messages_en.properties c.state", found);
    }

    @Test
    void aLoneApostropheInATextWithArgumentsIsFound(@TempDir Path dir) throws IOException {
        Path zh = write(dir, "messages.properties", "d.file=文件 {0}\nd.plain=批次\nd.doubled=批次 {0}\n");
        write(dir, "messages_en.properties", "d.file=The file's digest {0}\nd.plain=The batch's notice\n"
                + "d.doubled=Batch {0}''s notice\n");
        assertEquals(List.of("d.file"), MessageFiles.checkPair(zh).stream().map(MessageFiles.Problem::key).toList());
    }

    @Test
    void metatypeFilesAreReadAsIso88591(@TempDir Path dir) throws IOException {
        Path l10n = Files.createDirectories(dir.resolve("src/main/resources/OSGI-INF/l10n"));
        Path zh = l10n.resolve("settings.properties");
        Files.writeString(zh, "name=\\u8c03\\u89e3\\u8bbe\\u7f6e\nlimit.name=Lockout threshold\n", StandardCharsets.ISO_8859_1);
        Files.writeString(l10n.resolve("settings_en.properties"), "name=Mediation\nlimit.name=Lockout threshold\n",
                StandardCharsets.ISO_8859_1);
        assertTrue(MessageFiles.isChineseFile(zh));
        assertFalse(MessageFiles.isChineseFile(l10n.resolve("settings_en.properties")));
        assertEquals(List.of("limit.name"), MessageFiles.check(dir).stream().map(MessageFiles.Problem::key).toList());
    }

    @Test
    void everyModulesMessageFilesAreClean() {
        Path root = Path.of("").toAbsolutePath().getParent().getParent(); // platform/testkit → the repository
        assertTrue(Files.exists(root.resolve("plugins/mediation/src/main/resources/i18n/messages.properties")), root.toString());
        List<MessageFiles.Problem> problems = MessageFiles.check(root);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + problems.stream().map(Object::toString)
                .collect(Collectors.joining("\n")));
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = Files.createDirectories(dir.resolve("src/main/resources/i18n")).resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
