package cn.gov.laoshan.district.servicehall.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportLimits;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.servicehall.domain.Channel;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Material;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.uikit.XlsxSheet;
import cn.gov.laoshan.district.uikit.ZipLimits;
import cn.gov.laoshan.district.uikit.imports.CheckedRows;
import cn.gov.laoshan.district.uikit.imports.FileImport;
import cn.gov.laoshan.district.uikit.imports.ImportColumn;
import cn.gov.laoshan.district.uikit.imports.ImportMessages;
import cn.gov.laoshan.district.uikit.imports.TableReader;

/**
 * The catalogue in and out of Excel (.xlsx, first sheet, one row per item; a CSV with the same columns imports too):
 * the export is a file the import takes back unchanged. Reading, row limits, problems in both languages and the
 * all-or-nothing write are the platform's import kit; what is the catalogue's own are the item's rules below.
 */
public final class CatalogueExcel {

    /** The columns, as exported and as expected on import (the header row), in file order. */
    static final class Column {
        static final ImportColumn CODE = ImportColumn.of("事项编码", "Item code", true);
        static final ImportColumn NAME = ImportColumn.of("事项名称", "Item name", true);
        static final ImportColumn DEPARTMENT = ImportColumn.of("责任部门", "Responsible department", true);
        static final ImportColumn GROUP = ImportColumn.of("事项分组", "Item group", true);
        static final ImportColumn LEGAL = ImportColumn.of("法定时限（工作日）", "Legal time limit (working days)", true);
        static final ImportColumn PROMISED = ImportColumn.of("承诺时限（工作日）", "Promised time limit (working days)",
                true);
        static final ImportColumn CHANNELS = ImportColumn.of("办理渠道", "Channels", true);
        static final ImportColumn COMMITMENT = ImportColumn.of("告知承诺制", "Commitment-based approval", true);
        static final ImportColumn FEE = ImportColumn.of("收费（元）", "Fee (yuan)", true);
        static final ImportColumn MATERIALS = ImportColumn.of("申请材料", "Materials", false);
        static final ImportColumn ACTIVE = ImportColumn.of("在用", "Active", false);
        static final List<ImportColumn> ALL = List.of(CODE, NAME, DEPARTMENT, GROUP, LEGAL, PROMISED, CHANNELS,
                COMMITMENT, FEE, MATERIALS, ACTIVE);

        private Column() {
        }
    }

    public static final List<String> HEADERS = Column.ALL.stream().map(ImportColumn::zh).toList();

    /** The plugin's messages: the labels of groups and channels, and the import's problems, in both languages. */
    static final ImportMessages MESSAGES = new ImportMessages("i18n.messages", CatalogueExcel.class.getClassLoader());

    /** The largest file read: 5 MiB (the shipped catalogue of 160 items is some 20 KB). */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** At most this many items in one file. */
    public static final int MAX_ROWS = 5000;
    static final ZipLimits ZIP_LIMITS = ZipLimits.of(50L * 1024 * 1024);

    /** Materials are separated by a semicolon (full or half width) or a line break. */
    private static final String MATERIAL_SEPARATORS = "[；;\\n]+";
    /** Channels by 、 or a comma (full or half width). */
    private static final String CHANNEL_SEPARATORS = "[、，,]+";

    private CatalogueExcel() {
    }

    public static void write(OutputStream out, List<ServiceItem> items) throws IOException {
        try (XlsxSheet sheet = XlsxSheet.open(out, "事项目录", HEADERS)) {
            for (ServiceItem i : items) {
                sheet.row(i.code(), i.name(), i.department(), label(i.group()), i.legalDays(), i.promisedDays(),
                        Arrays.stream(Channel.values()).filter(i.channels()::contains).map(CatalogueExcel::label)
                                .collect(Collectors.joining("、")),
                        i.commitment() ? "是" : "否", i.fee().amount().toPlainString(),
                        i.materials().stream().map(Material::text).collect(Collectors.joining("；")),
                        i.active() ? "是" : "否");
            }
        }
    }

    /** Reads and checks the whole file; when every row is good, hands the items to {@code save} (one transaction). */
    public static ImportReport read(InputStream in, ImportFormat format, FileImport.Writer<ServiceItem> save)
            throws IOException {
        ImportLimits limits = new ImportLimits(MAX_FILE_BYTES, MAX_ROWS, 1000, ZIP_LIMITS.maxTotalBytes());
        return FileImport.run(new TableReader(limits, ZIP_LIMITS), in, format, new Rows(limits), save);
    }

    static String label(ItemGroup group) {
        return MESSAGES.text(Locale.ROOT, "servicehall.group." + group.name());
    }

    static String label(Channel channel) {
        return MESSAGES.text(Locale.ROOT, "servicehall.channel." + channel.name());
    }

    /** A group by its code or its label in either language. */
    static ItemGroup group(String text) {
        ItemGroup byCode = ItemGroup.parse(text);
        if (byCode != null || text == null) {
            return byCode;
        }
        for (ItemGroup g : ItemGroup.values()) {
            if (text.equals(label(g)) || text.equalsIgnoreCase(MESSAGES.text(Locale.ENGLISH, "servicehall.group." + g))) {
                return g;
            }
        }
        return null;
    }

    static Channel channel(String text) {
        for (Channel c : Channel.values()) {
            if (text.equals(label(c)) || text.equalsIgnoreCase(c.name())
                    || text.equalsIgnoreCase(MESSAGES.text(Locale.ENGLISH, "servicehall.channel." + c))) {
                return c;
            }
        }
        return null;
    }

    /** 是 / 否 (Y / N); {@code null} for anything else. */
    static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "是", "Y", "YES" -> Boolean.TRUE;
            case "否", "N", "NO" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The catalogue's rules on each row. */
    private static final class Rows extends CheckedRows<ServiceItem> {

        Rows(ImportLimits limits) {
            super(limits, Column.ALL, null);
        }

        @Override
        protected ServiceItem check(Row row) {
            String code = row.text(Column.CODE);
            if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9-]{1,19}")) {
                row.problem(Column.CODE, MESSAGES, "servicehall.import.code");
            } else {
                code = code.toUpperCase(Locale.ROOT);
                row.unique(Column.CODE, code, code);
            }
            String name = limited(row, Column.NAME, 200);
            String department = limited(row, Column.DEPARTMENT, 60);
            ItemGroup group = group(row.text(Column.GROUP));
            if (group == null) {
                row.problem(Column.GROUP, MESSAGES, "servicehall.import.group");
            }
            Integer legal = days(row, Column.LEGAL);
            Integer promised = days(row, Column.PROMISED);
            if (legal != null && promised != null && promised > legal) {
                row.problem(Column.PROMISED, MESSAGES, "servicehall.import.promised-over-legal", legal);
            }
            Set<Channel> channels = channels(row);
            Boolean commitment = yesNo(row.text(Column.COMMITMENT));
            if (commitment == null) {
                row.problem(Column.COMMITMENT, MESSAGES, "servicehall.import.yes-no");
            }
            Yuan fee = row.yuan(Column.FEE, true);
            if (fee != null && fee.isNegative()) {
                row.problem(Column.FEE, MESSAGES, "servicehall.import.fee");
            }
            List<Material> materials = materials(row);
            String activeText = row.text(Column.ACTIVE);
            Boolean active = activeText == null ? Boolean.TRUE : yesNo(activeText);
            if (active == null) {
                row.problem(Column.ACTIVE, MESSAGES, "servicehall.import.yes-no");
            }
            return row.ok() ? new ServiceItem(code, name, department, group, legal, promised, channels, commitment,
                    fee, materials, active) : null;
        }

        private static String limited(Row row, ImportColumn column, int max) {
            String text = row.required(column);
            if (text != null && text.length() > max) {
                row.problem(column, MESSAGES, "servicehall.import.too-long", max);
            }
            return text;
        }

        private static Integer days(Row row, ImportColumn column) {
            Integer days = row.wholeNumber(column, true);
            if (days != null && (days < 0 || days > 720)) {
                row.problem(column, MESSAGES, "servicehall.import.days");
                return null;
            }
            return days;
        }

        private static Set<Channel> channels(Row row) {
            String text = row.required(Column.CHANNELS);
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            if (text == null) {
                return channels;
            }
            for (String part : text.split(CHANNEL_SEPARATORS)) {
                if (part.isBlank()) {
                    continue;
                }
                Channel c = channel(part.strip());
                if (c == null) {
                    row.problem(Column.CHANNELS, MESSAGES, "servicehall.import.channel", part.strip());
                } else {
                    channels.add(c);
                }
            }
            if (channels.contains(Channel.SATURDAY) && !channels.contains(Channel.WINDOW)) {
                // a Saturday booking is for a window: an item without one cannot be booked
                row.problem(Column.CHANNELS, MESSAGES, "servicehall.import.saturday-needs-window");
            }
            return channels;
        }

        private static List<Material> materials(Row row) {
            String text = row.text(Column.MATERIALS);
            List<Material> materials = new ArrayList<>();
            if (text != null) {
                for (String part : text.split(MATERIAL_SEPARATORS)) {
                    if (!part.isBlank()) {
                        Material m = Material.parse(part);
                        if (m.name().isEmpty() || m.name().length() > 200) {
                            row.problem(Column.MATERIALS, MESSAGES, "servicehall.import.material", part.strip());
                        } else {
                            materials.add(m);
                        }
                    }
                }
            }
            return materials;
        }
    }
}
