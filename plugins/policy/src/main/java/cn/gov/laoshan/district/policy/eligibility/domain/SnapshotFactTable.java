package cn.gov.laoshan.district.policy.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.HeldLicences;

/**
 * The registry's {@link FactSnapshot} as a {@link FactTable}. The founding date and the size class are the snapshot's
 * columns {@link FactColumn.Founded} (an epoch day) and {@link FactColumn.SizeClass} (api enterprise.facts 1.1.0):
 * {@link #SnapshotFactTable(FactSnapshot)} reads them there (the snapshot must hold them besides {@link #columns});
 * the constructor with the two arrays beside the snapshot stays for tables built before.
 */
public final class SnapshotFactTable implements FactTable {

    private final FactSnapshot snapshot;
    private final long[] founded;
    private final String[] sizes;
    private final HeldLicences licences;
    private final Map<String, BitSet> licensed = new HashMap<>();

    /** Reads every column, the founding date and the size class too, from the snapshot; no licence facts. */
    public SnapshotFactTable(FactSnapshot snapshot) {
        this(snapshot, null);
    }

    /**
     * Reads every column from the snapshot and the licence conditions from {@code licences} (the market plugin's
     * service; {@code null} when it is not installed: no enterprise then holds a licence).
     */
    public SnapshotFactTable(FactSnapshot snapshot, HeldLicences licences) {
        this(snapshot, snapshot.numbers(new FactColumn.Founded()), snapshot.texts(new FactColumn.SizeClass()), licences);
    }

    /**
     * @param founded each row's founding date as an epoch day ({@link FactSnapshot#MISSING} when unknown)
     * @param sizes   each row's size class ({@code EnterpriseSize} name, or {@code null})
     */
    public SnapshotFactTable(FactSnapshot snapshot, long[] founded, String[] sizes) {
        this(snapshot, founded, sizes, null);
    }

    private SnapshotFactTable(FactSnapshot snapshot, long[] founded, String[] sizes, HeldLicences licences) {
        this.licences = licences;
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        if (founded.length != snapshot.size() || sizes.length != snapshot.size()) {
            throw new IllegalArgumentException("founding dates and sizes must have one value per enterprise of the snapshot");
        }
        this.founded = founded;
        this.sizes = sizes;
    }

    /**
     * The snapshot columns the rules read: the registry's own (with the founding date and the size class, which
     * {@link #SnapshotFactTable(FactSnapshot)} reads from the snapshot), each figure of each year, each qualification
     * on each day. Licences are not snapshot columns: they come from {@link HeldLicences}.
     */
    public static List<FactColumn> columns(Collection<? extends Rule> rules) {
        Set<FactColumn> columns = new LinkedHashSet<>(List.of(new FactColumn.IndustryCode(), new FactColumn.RegisteredCapital(),
                new FactColumn.Street(), new FactColumn.Park(), new FactColumn.CreditGrade(), new FactColumn.Founded(),
                new FactColumn.SizeClass()));
        for (Rule rule : rules) {
            collect(rule, columns);
        }
        return new ArrayList<>(columns);
    }

    private static void collect(Rule rule, Set<FactColumn> columns) {
        if (rule instanceof Rule.All all) {
            all.parts().forEach(p -> collect(p, columns));
        } else if (rule instanceof Rule.Any any) {
            any.parts().forEach(p -> collect(p, columns));
        } else if (rule instanceof Rule.Not not) {
            collect(not.part(), columns);
        } else if (rule instanceof Condition.Figure f) {
            columns.add(new FactColumn.Figure(f.kind(), f.year()));
        } else if (rule instanceof Condition.Qualified q) {
            columns.add(new FactColumn.Qualified(q.type(), q.on()));
        }
    }

    @Override
    public int size() {
        return snapshot.size();
    }

    @Override
    public String uscc(int row) {
        return snapshot.usccs()[row];
    }

    @Override
    public String[] industry() {
        return snapshot.texts(new FactColumn.IndustryCode());
    }

    @Override
    public long[] capital() {
        return snapshot.numbers(new FactColumn.RegisteredCapital());
    }

    @Override
    public long[] founded() {
        return founded;
    }

    @Override
    public String[] street() {
        return snapshot.texts(new FactColumn.Street());
    }

    @Override
    public String[] park() {
        return snapshot.texts(new FactColumn.Park());
    }

    @Override
    public String[] sizeClass() {
        return sizes;
    }

    @Override
    public String[] credit() {
        return snapshot.texts(new FactColumn.CreditGrade());
    }

    @Override
    public long[] figure(FigureKind kind, int year) {
        return snapshot.numbers(new FactColumn.Figure(kind, year));
    }

    @Override
    public BitSet qualified(String type, LocalDate on) {
        return snapshot.flags(new FactColumn.Qualified(type, on));
    }

    @Override
    public synchronized BitSet licensed(String kind, LocalDate on) {
        if (licences == null) {
            return new BitSet(size());
        }
        // one call to the provider per kind and day, whatever number of rules name it
        return licensed.computeIfAbsent(kind + "/" + on, k -> licences.holders(kind, on, snapshot.usccs()));
    }

    @Override
    public String licence(int row, String kind, LocalDate on) {
        if (licences == null) {
            return null;
        }
        return licences.heldBy(uscc(row), on).stream().filter(l -> l.kindCode().equals(kind)).map(HeldLicences.HeldLicence::number)
                .findFirst().orElse(null);
    }
}
