package cn.gov.laoshan.district.servicehall.salon.service;

import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.RecordAttachmentRules;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonEvent;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;

/**
 * The files of a 会客厅 event's minutes (纪要: the signed minutes, the slides shown, the photos): read by whoever may
 * read the minutes ({@link SalonService#minutesOf}: the centre's staff, and the enterprises that came to the event —
 * the scope in its SQL); added and deleted by the centre's staff only.
 */
public final class SalonMinutesFiles extends RecordAttachmentRules<SalonEvent> {

    public static final String RECORD_TYPE = "salon-minutes";
    private static final int MAX_MB = 20;

    private final SalonService salon;

    public SalonMinutesFiles(SalonService salon, AccessControl access) {
        super(ServiceHallRoles.PLUGIN, RECORD_TYPE, access, List.of(SalonRoles.MANAGE), SalonRoles.MANAGE, () -> MAX_MB);
        this.salon = salon;
    }

    public static AttachedTo of(long eventId) {
        return AttachedTo.of(ServiceHallRoles.PLUGIN, RECORD_TYPE, eventId);
    }

    @Override
    protected Optional<SalonEvent> find(long id) {
        return salon.minutesOf(id);
    }
}
