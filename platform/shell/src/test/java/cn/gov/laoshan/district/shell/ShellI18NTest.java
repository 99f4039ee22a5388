package cn.gov.laoshan.district.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.shell.i18n.Languages;
import cn.gov.laoshan.district.shell.i18n.MessageSource;
import cn.gov.laoshan.district.shell.i18n.ShellI18N;
import cn.gov.laoshan.district.testdoubles.MessageKeys;


class ShellI18NTest {

    @TempDir
    Path bundle;

    @Test
    void shellAndPluginMessagesInBothLanguagesChineseByDefault() throws IOException {
        Files.createDirectories(bundle.resolve("i18n"));
        Files.writeString(bundle.resolve("i18n/messages.properties"), "mediation.case.title=调解案件 {0} 件\n");
        Files.writeString(bundle.resolve("i18n/messages_en.properties"), "mediation.case.title={0} mediation cases\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {bundle.toUri().toURL()}, null)) {
            ShellI18N i18n = new ShellI18N(() -> List.of(new MessageSource("mediation", loader, "i18n/messages")));

            assertEquals("首页", i18n.getTranslation("shell.home", Languages.CHINESE));
            assertEquals("Home", i18n.getTranslation("shell.home", Locale.ENGLISH));
            assertEquals("Home", i18n.getTranslation("shell.home", Locale.UK));
            assertEquals("首页", i18n.getTranslation("shell.home", Locale.GERMAN));
            assertEquals("调解案件 12 件", i18n.getTranslation("mediation.case.title", Languages.CHINESE, 12));
            assertEquals("12 mediation cases", i18n.getTranslation("mediation.case.title", Locale.ENGLISH, 12));
            assertEquals("!no.such.key!", i18n.getTranslation("no.such.key", Locale.ENGLISH));
        }
    }

    @Test
    void everyShellKeyExistsInBothLanguages() {
        MessageKeys.assertSameKeys(getClass(), "cn/gov/laoshan/district/shell/i18n/messages");
    }
}
