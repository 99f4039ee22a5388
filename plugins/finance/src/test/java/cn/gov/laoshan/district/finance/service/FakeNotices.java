package cn.gov.laoshan.district.finance.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import cn.gov.laoshan.district.api.notice.NoticeOutcome;
import cn.gov.laoshan.district.api.notice.NoticeRequest;
import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.notice.Objection;
import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.api.notice.PublicNotices;

/**
 * Public notices held in memory for the ledger's data tests: opened, objected to and closed by the test (the
 * platform's own service, with its calendar and daily job, is proven in platform/workflow and PublicNoticeIT).
 */
final class FakeNotices implements PublicNotices {

    private final Map<Long, PublicNotice> notices = new ConcurrentHashMap<>();
    private final List<Objection> objections = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public PublicNotice open(NoticeRequest r) {
        long id = ids.incrementAndGet();
        PublicNotice n = new PublicNotice(id, r.plugin(), r.recordType(), r.recordId(), r.title(), r.text(), r.period(),
                java.time.LocalDate.of(2026, 11, 20), java.time.LocalDate.of(2026, 11, 26), NoticeState.OPEN, null, 0,
                "tester", Instant.now(), null, null, r.permission(), r.departmentCode());
        notices.put(id, n);
        return n;
    }

    /** The notice's period ends: closed with or without objections. */
    void close(long id) {
        PublicNotice n = notices.get(id);
        int count = (int) objections.stream().filter(o -> o.noticeId() == id).count();
        notices.put(id, new PublicNotice(n.id(), n.plugin(), n.recordType(), n.recordId(), n.title(), n.text(),
                n.period(), n.startDate(), n.endDate(), NoticeState.CLOSED,
                count == 0 ? NoticeOutcome.NO_OBJECTION : NoticeOutcome.OBJECTIONS_RECEIVED, count, n.openedBy(),
                n.openedAt(), Instant.now(), null, n.permission(), n.departmentCode()));
    }

    @Override
    public Optional<PublicNotice> find(long id) {
        return Optional.ofNullable(notices.get(id));
    }

    @Override
    public List<PublicNotice> of(String plugin, String recordType, String recordId) {
        return notices.values().stream().filter(n -> n.recordId().equals(recordId)).toList();
    }

    @Override
    public List<PublicNotice> current(String plugin) {
        return notices.values().stream().filter(n -> n.state() == NoticeState.OPEN).toList();
    }

    @Override
    public Objection object(long noticeId, String text) {
        Objection o = new Objection(ids.incrementAndGet(), noticeId, "public", "群众", null, text, Instant.now());
        objections.add(o);
        return o;
    }

    @Override
    public List<Objection> objections(long noticeId) {
        return objections.stream().filter(o -> o.noticeId() == noticeId).toList();
    }

    @Override
    public PublicNotice withdraw(long noticeId, String reason) {
        throw new UnsupportedOperationException();
    }
}
