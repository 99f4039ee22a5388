package cn.gov.laoshan.district.market.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.market.domain.Restriction;

/**
 * The demo's simple deregistrations, made through the service as the system: three enterprises in their notice (one
 * answered by the human-resources department), one blocked by an open case recorded during its notice (the notice runs
 * on), and one individual business deregistered — filed twenty days ago (it needs no notice) and applied for today.
 * Never the two demo enterprises with accounts (青岛海澜智联, 青岛明德长青): they are the journeys'.
 */
public final class DemoDeregistrations {

    private DemoDeregistrations() {
    }

    /** Returns what it made, as a line for the log. */
    public static String seed(DeregistrationService service, EnterpriseRegistry registry, Clock clock) {
        List<Enterprise> companies = new ArrayList<>();
        Enterprise shop = null;
        for (Enterprise e : registry.list(EnterpriseQuery.all().page(200, 200))) {
            String uscc = e.uscc().toString();
            if (uscc.equals(DemoLicences.HAILAN) || uscc.equals("91370212MA3D0WPHWP")
                    || e.status() != EnterpriseStatus.EXISTING && e.status() != EnterpriseStatus.OPERATING
                    || !service.blockers(uscc).isEmpty()) {
                continue;
            }
            if (ConversionService.INDIVIDUAL.equals(e.type())) {
                shop = shop == null ? e : shop;
            } else if (companies.size() < 4) {
                companies.add(e);
            }
        }
        int noticed = 0;
        for (Enterprise e : companies) {
            try {
                Deregistration d = service.file(new DeregistrationService.Filing(e.uscc().toString(),
                        e.legalRepresentative(), true));
                noticed++;
                if (noticed == 1) {
                    service.answerAs(DeregistrationService.HRSS, d.id(), false, "无欠缴社会保险费");
                }
                if (noticed == 4) {
                    service.restrict(e.uscc().toString(), Restriction.OPEN_CASE, "涉嫌虚假宣传，已立案调查（崂市监立〔2026〕"
                            + "第0417号）");
                }
            } catch (RefusedException noNotices) {
                // the platform's notices not running: no enterprise deregistrations in the demo
                break;
            }
        }
        String done = "none";
        if (shop != null) {
            DeregistrationService before = service.at(Clock.offset(clock, Duration.ofDays(-20)));
            Deregistration d = before.file(new DeregistrationService.Filing(shop.uscc().toString(),
                    shop.legalRepresentative(), true));
            done = service.apply(d.id()).state() + " " + shop.name();
        }
        return noticed + " in notice (one blocked), individual business " + done;
    }
}
