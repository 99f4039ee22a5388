package cn.gov.laoshan.district.workflow.notice;

import java.time.LocalTime;
import java.util.List;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.ScheduledJob;

/**
 * The public notices' part in the shell, contributed like a plugin's: the daily job that closes the notices whose
 * period ended ({@code notice/close}, 00:10 Beijing time, so that a notice ending on a day is closed in the first
 * minutes of the next; a day missed while the platform was down is closed at the next start) and the messages
 * (job name, audit actions, refusals).
 */
public final class NoticePlugin implements DistrictPlugin {

    /** When the close job runs, in the platform's zone. */
    public static final LocalTime CLOSE_AT = LocalTime.of(0, 10);

    private final NoticeService notices;

    public NoticePlugin(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(NoticeService.SOURCE, "notice.plugin.name", "platform",
                "shell.department.platform");
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(ScheduledJob.daily("close", CLOSE_AT, notices::closeDue));
    }

    @Override
    public String messagesBaseName() {
        return "cn/gov/laoshan/district/workflow/i18n/messages";
    }
}
