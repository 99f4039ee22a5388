package cn.gov.laoshan.district.finance.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportLimits;
import cn.gov.laoshan.district.api.imports.ImportProgress;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutRequest;
import cn.gov.laoshan.district.uikit.ZipLimits;
import cn.gov.laoshan.district.uikit.imports.CheckedRows;
import cn.gov.laoshan.district.uikit.imports.FileImport;
import cn.gov.laoshan.district.uikit.imports.ImportColumn;
import cn.gov.laoshan.district.uikit.imports.TableReader;

/**
 * Payout requests from a CSV or .xlsx file (first sheet, a header row, one request per row), read by the platform's
 * import kit: columns by their Chinese or English header, each problem at its row and column in both languages,
 * nothing written unless the whole file is good. What is the ledger's own: a policy code and a period beginning
 * with its year, a valid USCC, an amount above zero exact to the fen, a bank account given whole or not at all, a
 * policy + period + enterprise once in the file; budgets and duplicates against the ledger are checked when it is
 * written ({@link PayoutIntake#importRequests}).
 */
public final class PayoutImport {

    /** The columns, as expected on import (the header row), in file order ({@link #ALL}). */
    public static final class Column {
        public static final ImportColumn POLICY = ImportColumn.of("政策编号", "Policy code", true);
        public static final ImportColumn PERIOD = ImportColumn.of("期间", "Period", true);
        public static final ImportColumn USCC = ImportColumn.of("统一社会信用代码", "USCC", true);
        public static final ImportColumn NAME = ImportColumn.of("企业名称", "Enterprise", true);
        public static final ImportColumn AMOUNT = ImportColumn.of("金额（元）", "Amount (yuan)", true);
        public static final ImportColumn BANK = ImportColumn.of("开户行", "Bank", false);
        public static final ImportColumn ACCOUNT_NAME = ImportColumn.of("户名", "Account holder", false);
        public static final ImportColumn ACCOUNT_NUMBER = ImportColumn.of("账号", "Account number", false);
        public static final List<ImportColumn> ALL = List.of(POLICY, PERIOD, USCC, NAME, AMOUNT, BANK, ACCOUNT_NAME,
                ACCOUNT_NUMBER);

        private Column() {
        }
    }

    /** The Chinese headers in file order. */
    public static final List<String> HEADERS = Column.ALL.stream().map(ImportColumn::zh).toList();

    /** The largest file read: 64 MiB (150,000 rows of CSV are some 20 MB). */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** At most 200,000 rows: a year's payouts of one list (the seed: 150,000 enterprise-times a year). */
    static final int MAX_ROWS = 200_000;
    static final ZipLimits ZIP_LIMITS = ZipLimits.of(512L * 1024 * 1024);

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern PERIOD = Pattern.compile("(19|20)\\d\\d[A-Za-z0-9-]{0,16}");

    private PayoutImport() {
    }

    static ImportReport read(InputStream in, ImportFormat format, ImportProgress progress,
            FileImport.Writer<PayoutRequest> writer) throws IOException {
        ImportLimits limits = new ImportLimits(MAX_FILE_BYTES, MAX_ROWS, 1000, ZIP_LIMITS.maxTotalBytes());
        return FileImport.run(new TableReader(limits, ZIP_LIMITS), in, format, new Rows(limits, progress), writer);
    }

    private static final class Rows extends CheckedRows<PayoutRequest> {

        Rows(ImportLimits limits, ImportProgress progress) {
            super(limits, Column.ALL, progress);
        }

        @Override
        protected PayoutRequest check(Row row) {
            String policy = row.required(Column.POLICY);
            if (policy != null && !CODE.matcher(policy).matches()) {
                row.problem(Column.POLICY, "政策编号应为 1 至 40 位字母、数字、“-”“_”或“.”",
                        "a policy code is 1 to 40 letters, digits, '-', '_' or '.'");
            }
            String period = row.required(Column.PERIOD);
            if (period != null && !PERIOD.matcher(period).matches()) {
                row.problem(Column.PERIOD, "期间应以四位年份开头，如 2026 或 2026-H1",
                        "a period begins with its four-digit year, such as 2026 or 2026-H1");
            }
            String usccText = row.required(Column.USCC);
            String uscc = null;
            if (usccText != null) {
                try {
                    uscc = Uscc.parse(usccText).value();
                } catch (InvalidUsccException e) {
                    row.problem(Column.USCC, e.message(Locale.SIMPLIFIED_CHINESE), e.message(Locale.ENGLISH));
                }
            }
            String name = row.required(Column.NAME);
            Yuan amount = row.yuan(Column.AMOUNT, true);
            if (amount != null && amount.compareTo(Yuan.ZERO) <= 0) {
                row.problem(Column.AMOUNT, "金额应大于零", "the amount must be more than zero");
            }
            BankAccount account = account(row);
            if (!row.ok()) {
                return null;
            }
            row.unique(Column.USCC, policy + "\u0000" + period + "\u0000" + uscc, uscc);
            return row.ok() ? new PayoutRequest(new PayoutKey(policy, period, uscc), name, amount, account, null,
                    "import") : null;
        }

        private static BankAccount account(Row row) {
            String bank = row.text(Column.BANK);
            String holder = row.text(Column.ACCOUNT_NAME);
            String number = row.text(Column.ACCOUNT_NUMBER);
            if (bank == null && holder == null && number == null) {
                return null;
            }
            try {
                return new BankAccount(bank, holder, number);
            } catch (IllegalArgumentException e) {
                row.problem(Column.ACCOUNT_NUMBER, "收款账户不完整：开户行、户名必填，账号为 6 至 32 位数字",
                        "incomplete account: bank and holder are required, the number is 6 to 32 digits");
                return null;
            }
        }
    }
}
