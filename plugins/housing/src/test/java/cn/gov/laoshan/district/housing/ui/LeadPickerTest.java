package cn.gov.laoshan.district.housing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.identity.DirectoryEntry;
import cn.gov.laoshan.district.api.identity.UserDirectory;

/** The lead picker's lazy pages over a directory that answers at most 50, and the stored lead it falls back to. */
class LeadPickerTest {

    /** 60 people u00..u59; records the limits asked for. */
    private static final class SixtyPeople implements UserDirectory {
        final List<Integer> limits = new ArrayList<>();

        @Override
        public List<DirectoryEntry> search(String text, int limit) {
            limits.add(limit);
            return IntStream.range(0, 60).mapToObj(i -> new DirectoryEntry(String.format("u%02d", i), "人" + i, "d", "部门"))
                    .filter(e -> e.login().contains(text)).limit(limit).toList();
        }

        @Override
        public Optional<DirectoryEntry> find(String login) {
            return Optional.empty();
        }
    }

    @Test
    void pagesComeFromOneSearchOfAtMostFifty() {
        SixtyPeople directory = new SixtyPeople();
        assertEquals(List.of("u00", "u01", "u02"),
                LeadPicker.page(directory, "", 0, 3).map(DirectoryEntry::login).toList());
        assertEquals(List.of("u40", "u41"), LeadPicker.page(directory, " u4", 0, 50).map(DirectoryEntry::login)
                .filter(l -> l.compareTo("u42") < 0).toList());
        assertEquals(List.of("u45", "u46", "u47", "u48", "u49"),
                LeadPicker.page(directory, "", 45, 50).map(DirectoryEntry::login).toList());
        assertEquals(List.of(), LeadPicker.page(directory, "", 50, 50).toList(), "nothing past the directory's 50");
        assertEquals(List.of(3, 50, 50), directory.limits);
    }

    @Test
    void aStoredLeadOutsideTheDirectoryIsKeptAsStored() {
        assertNull(LeadPicker.stored(null, " "));
        assertEquals(new DirectoryEntry("zhanghua", "张华", null, null), LeadPicker.stored(" zhanghua ", "张华"));
        assertEquals(new DirectoryEntry("", "张华", null, null), LeadPicker.stored(null, "张华"));
        assertEquals(new DirectoryEntry("old-login", "old-login", null, null), LeadPicker.stored("old-login", null));
        assertEquals("张华", LeadPicker.stored(null, "张华").label());
        assertEquals("张华（区住建局）", new DirectoryEntry("zhanghua", "张华", "housing", "区住建局").label());
        DirectoryEntry withEnglish = new DirectoryEntry("zhanghua", "张华", "housing", "区住建局", "Housing Bureau");
        assertEquals("张华 (Housing Bureau)", withEnglish.label(java.util.Locale.ENGLISH));
        assertEquals("张华（区住建局）", withEnglish.label(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("张华（区住建局）", new DirectoryEntry("zhanghua", "张华", "housing", "区住建局")
                .label(java.util.Locale.ENGLISH), "no English name: the Chinese one");
    }
}
