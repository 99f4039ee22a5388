package cn.gov.laoshan.district.market.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.LicenceTypes;

/**
 * Demo licences over the registry's demo enterprises: on average ten each (tens of thousands), expiries spread from
 * a year ago to five years ahead so that some enter their window every week; 青岛海澜智联 (hailan-qy's enterprise) holds
 * a food business licence whose window opened a few days ago, so the first scan reminds its users. Enterprises on
 * 沙子口 belong to the 沙子口 office (liuyang's). A few holders have a violation or an open post-check, which minimal
 * renewal reads. Written in batches (not through the service: tens of thousands of timelines would be noise).
 */
public final class DemoLicences {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    private static final String[] SCOPES = {"预包装食品（含冷藏冷冻食品）销售，散装食品销售", "热食类食品制售，冷食类食品制售",
            "自制饮品制售", "茶叶及相关制品销售", "糕点类食品制售", "保健食品销售", "特殊医学用途配方食品销售"};
    private static final String[] STAFF = {"王芳", "张伟", "李娜", "刘洋", "孙丽", "于海川", "林海澜", "杨敏", "赵磊"};
    /** Food business is the commonest licence by far; the others in rough proportion. */
    private static final int[] WEIGHTS = {40, 6, 3, 5, 4, 3, 3, 2, 6, 3, 6, 12, 3, 4};

    private DemoLicences() {
    }

    /** Seeds unless licences are there; returns how many it made. */
    public static int seed(LicenceRepository repository, EnterpriseRegistry registry, WorkingDayCalendar calendar,
            LocalDate today, BooleanSupplier stopping) {
        if (repository.countAll() > 0) {
            return 0;
        }
        Map<String, LicenceType> types = new java.util.HashMap<>();
        repository.types().forEach(t -> types.put(t.code(), t));
        List<LicenceType> ordered = LicenceTypes.DEFAULTS.stream().map(t -> types.getOrDefault(t.code(), t)).toList();
        Random random = new Random(370212);
        int made = 0;
        long sequence = 0;
        for (int offset = 0; !stopping.getAsBoolean(); offset += EnterpriseQuery.MAX_LIMIT) {
            List<Enterprise> page = registry.list(EnterpriseQuery.all().page(offset, EnterpriseQuery.MAX_LIMIT));
            if (page.isEmpty()) {
                break;
            }
            List<Licence> batch = new ArrayList<>();
            for (Enterprise e : page) {
                String uscc = e.uscc().toString();
                String department = Market.officeFor(e);
                int count = HAILAN.equals(uscc) ? 0 : random.nextInt(20);
                for (int i = 0; i < count; i++) {
                    LicenceType type = ordered.get(pick(random));
                    LocalDate expires = today.plusDays(random.nextInt(6 * 365) - 365);
                    int months = type.validityMonths() != null ? type.validityMonths() : random.nextBoolean() ? 12 : 36;
                    LocalDate issued = expires.plusDays(1).minusMonths(months);
                    // only today's steps are reminded at once: the demo's first scan stays short
                    batch.add(licence(type, calendar, ++sequence, e, department, issued, expires, today, random, 0));
                }
                if (HAILAN.equals(uscc)) {
                    LicenceType food = types.get(LicenceTypes.FOOD_BUSINESS);
                    LocalDate expires = today.plusDays(200);
                    while (food.window(expires, calendar).opens().isAfter(today.minusDays(3))) {
                        expires = expires.minusDays(1);
                    }
                    batch.add(licence(food, calendar, ++sequence, e, department, expires.plusDays(1).minusYears(5),
                            expires, today, random, 7));
                    LicenceType production = types.get("FOOD_PRODUCTION");
                    LocalDate later = today.plusYears(2);
                    batch.add(licence(production, calendar, ++sequence, e, department,
                            later.plusDays(1).minusYears(5), later, today, random, 0));
                }
            }
            repository.insertAll(batch);
            made += batch.size();
        }
        // some holders have a record against them (they go to review when they renew minimally)
        List<Enterprise> some = registry.list(EnterpriseQuery.all().page(0, 60));
        for (int i = 0; i < some.size(); i += 6) {
            String uscc = some.get(i).uscc().toString();
            if (!HAILAN.equals(uscc)) {
                repository.addViolation(uscc, today.minusMonths(4), "超范围经营（已处罚）", "system", Instant.now());
            }
            String checked = i + 1 < some.size() ? some.get(i + 1).uscc().toString() : HAILAN;
            if (!HAILAN.equals(checked)) {
                repository.openPostCheck(checked, "告知承诺事项事后核查", today.minusDays(20), "system", Instant.now());
            }
        }
        return made;
    }

    private static Licence licence(LicenceType type, WorkingDayCalendar calendar, long sequence, Enterprise e,
            String department, LocalDate issued, LocalDate expires, LocalDate today, Random random, int lookBack) {
        String scope = type.code().startsWith("FOOD") || type.code().startsWith("SMALL")
                ? SCOPES[random.nextInt(SCOPES.length)] : type.nameZh().replace("许可证", "").replace("登记证", "") + "相关经营活动";
        Licence l = LicenceService.prepare(type, calendar, sequence, e.uscc().toString(), e.name(), scope,
                e.address() == null ? "山东省青岛市崂山区" : e.address(), STAFF[random.nextInt(STAFF.length)], issued,
                expires, department, null, issued.isAfter(today.minusMonths(6)) && random.nextInt(3) == 0
                        ? (random.nextInt(3) == 0 ? RenewalService.NORMAL : RenewalService.MINIMAL) : null,
                "system", today, lookBack);
        String number = LicenceService.number(type, issued, 0).substring(0, 12) + "9" + String.format("%07d", sequence);
        return new Licence(0, number, l.typeCode(), l.uscc(), l.holderName(), l.scope(), l.premises(), l.keyStaff(),
                l.issuedOn(), l.expiresOn(), l.windowOpens(), l.windowCloses(), l.state(), l.departmentCode(),
                l.nextStep(), l.nextStepOn(), l.renewedFrom(), l.renewalKind(), l.createdBy(), l.createdAt());
    }

    private static int pick(Random random) {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }
}
