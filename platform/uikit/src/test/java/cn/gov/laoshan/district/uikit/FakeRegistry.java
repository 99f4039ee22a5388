package cn.gov.laoshan.district.uikit;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;

/** An in-memory registry of {@code size} enterprises that records every query and checks the read permission. */
final class FakeRegistry implements EnterpriseRegistry {

    final List<Enterprise> all = new ArrayList<>();
    final List<EnterpriseQuery> queries = new ArrayList<>();
    private final AccessControl access;

    FakeRegistry(int size, AccessControl access) {
        this.access = access;
        for (int n = 0; n < size; n++) {
            String name = n == 7 ? "青岛<script>alert(1)</script>&海澜贸易有限公司" : "青岛第" + n + "号海澜贸易有限公司";
            all.add(enterprise(Uscc.withCheck("91370212" + String.format("%09d", n)), name,
                    n % 10 == 3 ? EnterpriseStatus.DEREGISTERED : EnterpriseStatus.EXISTING));
        }
    }

    static Enterprise enterprise(Uscc uscc, String name, EnterpriseStatus status) {
        return new Enterprise(uscc, name, "有限责任公司", "张三", null, null, null, null, status, null, null);
    }

    @Override
    public Optional<Enterprise> find(Uscc uscc) {
        access.check(PERMISSION_READ);
        return all.stream().filter(e -> e.uscc().equals(uscc)).findFirst();
    }

    @Override
    public List<Enterprise> list(EnterpriseQuery query) {
        access.check(PERMISSION_READ);
        queries.add(query);
        return all.stream()
                .filter(e -> query.codePrefix() == null || e.uscc().toString().startsWith(query.codePrefix()))
                .filter(e -> query.nameFragment() == null || e.name().contains(query.nameFragment()))
                .sorted(Comparator.comparing(Enterprise::name))
                .skip(query.offset()).limit(query.limit()).toList();
    }

    @Override
    public long count(EnterpriseQuery query) {
        throw new AssertionError("the picker does not count the registry");
    }

    @Override
    public void create(Enterprise enterprise) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void update(Enterprise enterprise) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportReport importFile(InputStream in, ImportFormat format, String fileName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void exportXlsx(EnterpriseQuery query, OutputStream out) {
        throw new UnsupportedOperationException();
    }
}
