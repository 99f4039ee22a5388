package cn.gov.laoshan.district.policy.draft.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.notice.NoticeOutcome;
import cn.gov.laoshan.district.api.notice.NoticePeriod;
import cn.gov.laoshan.district.api.notice.NoticeRequest;
import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.notice.Objection;
import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.security.AccessControl;

/**
 * Public notices kept in memory for the drafts' tests: the permission the request names is checked in its
 * department, as the platform's service does, and a calendar-day period ends on its last day counted from the
 * first (the platform's {@code NoticeDates}; working-day periods are not used by drafts and are refused here).
 */
final class MemoryNotices implements PublicNotices {

    private final AccessControl access;
    private final Clock clock;
    final List<PublicNotice> opened = new ArrayList<>();

    MemoryNotices(AccessControl access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @Override
    public PublicNotice open(NoticeRequest r) {
        access.check(r.permission(), r.departmentCode());
        if (r.period().unit() != NoticePeriod.Unit.CALENDAR_DAYS) {
            throw new UnsupportedOperationException("drafts open calendar-day periods");
        }
        LocalDate start = r.start() == null ? LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))) : r.start();
        PublicNotice n = new PublicNotice(opened.size() + 1L, r.plugin(), r.recordType(), r.recordId(), r.title(),
                r.text(), r.period(), start, start.plusDays(r.period().length() - 1L), NoticeState.OPEN, null, 0,
                access.currentUser().orElseThrow().login(), clock.instant(), null, null, r.permission(),
                r.departmentCode());
        opened.add(n);
        return n;
    }

    /** What the platform's daily job does: closes the open notices whose last day is before {@code today}. */
    void closeDue(LocalDate today) {
        opened.replaceAll(n -> n.state() == NoticeState.OPEN && n.endDate().isBefore(today)
                ? new PublicNotice(n.id(), n.plugin(), n.recordType(), n.recordId(), n.title(), n.text(), n.period(),
                        n.startDate(), n.endDate(), NoticeState.CLOSED, NoticeOutcome.NO_OBJECTION, 0, n.openedBy(),
                        n.openedAt(), clock.instant(), null, n.permission(), n.departmentCode())
                : n);
    }

    @Override
    public Optional<PublicNotice> find(long id) {
        return opened.stream().filter(n -> n.id() == id).findFirst();
    }

    @Override
    public List<PublicNotice> of(String plugin, String recordType, String recordId) {
        return opened.stream().filter(n -> n.recordId().equals(recordId)).toList();
    }

    @Override
    public List<PublicNotice> current(String plugin) {
        return List.copyOf(opened);
    }

    @Override
    public Objection object(long noticeId, String text) {
        throw new UnsupportedOperationException("drafts take comments, not objections");
    }

    @Override
    public List<Objection> objections(long noticeId) {
        return List.of();
    }

    @Override
    public PublicNotice withdraw(long noticeId, String reason) {
        return find(noticeId).orElseThrow();
    }
}
