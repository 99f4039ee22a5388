package cn.gov.laoshan.district.policy.match.service;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFacts;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.Location;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.QualificationType;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.api.security.AccessControl;

/**
 * The registry's facts for the match tests: per enterprise a credit grade and R&D figures, changed by the test, read
 * as a snapshot as the registry gives it (staff or the system only).
 */
final class FactsDouble implements EnterpriseFactsService {

    final Map<String, String> credit = new TreeMap<>();
    final Map<String, Long> rnd2025 = new TreeMap<>();
    private final AccessControl access;
    private long version = 1;

    FactsDouble(AccessControl access) {
        this.access = access;
    }

    void put(String uscc, String grade, Long rnd) {
        credit.put(uscc, grade);
        rnd2025.put(uscc, rnd);
        version++;
    }

    @Override
    public FactSnapshot snapshot(List<FactColumn> columns) {
        access.check(PERMISSION_READ);
        String[] usccs = credit.keySet().toArray(String[]::new);
        long taken = version;
        return new FactSnapshot() {
            public long version() {
                return taken;
            }

            public Instant takenAt() {
                return Instant.now();
            }

            public String[] usccs() {
                return usccs;
            }

            public int size() {
                return usccs.length;
            }

            public List<FactColumn> columns() {
                return columns;
            }

            /** As the registry's: a column not asked for is not in the snapshot. */
            private void asked(FactColumn column) {
                if (!columns.contains(column)) {
                    throw new IllegalArgumentException(column + " is not in this snapshot");
                }
            }

            public long[] numbers(FactColumn column) {
                asked(column);
                long[] values = new long[usccs.length];
                for (int i = 0; i < usccs.length; i++) {
                    Long v = column instanceof FactColumn.Figure ? rnd2025.get(usccs[i]) : null;
                    values[i] = v == null ? MISSING : v;
                }
                return values;
            }

            public String[] texts(FactColumn column) {
                asked(column);
                String[] values = new String[usccs.length];
                for (int i = 0; i < usccs.length; i++) {
                    values[i] = column instanceof FactColumn.CreditGrade ? credit.get(usccs[i]) : null;
                }
                return values;
            }

            public BitSet flags(FactColumn column) {
                asked(column);
                return new BitSet(usccs.length);
            }
        };
    }

    @Override
    public List<QualificationType> qualificationTypes() {
        access.check(PERMISSION_READ);
        return List.of(new QualificationType("HNTE", "高新技术企业", "High-tech enterprise"));
    }

    @Override
    public EnterpriseFacts facts(Uscc uscc) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putFigure(YearlyFigure figure) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putQualification(Qualification qualification) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeQualification(Uscc uscc, String type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setLocation(Uscc uscc, Location location) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long addCreditMark(Uscc uscc, String mark, String reason, LocalDate until) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setCreditGrade(Uscc uscc, CreditGrade grade, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportReport importFigures(InputStream in, ImportFormat format, String fileName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportReport importQualifications(InputStream in, ImportFormat format, String fileName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportReport importCreditGrades(InputStream in, ImportFormat format, String fileName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportReport importSizes(InputStream in, ImportFormat format, String fileName) {
        throw new UnsupportedOperationException();
    }
}
