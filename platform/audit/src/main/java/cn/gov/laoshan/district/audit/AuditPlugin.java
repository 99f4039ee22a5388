package cn.gov.laoshan.district.audit;

import java.util.List;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.audit.service.AuditQuery;
import cn.gov.laoshan.district.audit.service.CallerContext;
import cn.gov.laoshan.district.audit.ui.AuditLogView;

/** The audit module's contributions to the shell: the viewer screen and the three permissions. */
final class AuditPlugin implements DistrictPlugin {

    private final AuditQuery query;
    private final CallerContext caller;

    AuditPlugin(AuditQuery query, CallerContext caller) {
        this.query = query;
        this.caller = caller;
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("audit", "audit.plugin.name", "platform", "shell.department.platform");
    }

    @Override
    public List<Screen> screens() {
        return List.of(Screen.builder("log", AuditLogView.class, () -> new AuditLogView(query, caller))
                .title("audit.screen.log").icon("vaadin:records").order(90).permission(AuditQuery.VIEW).build());
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(AuditQuery.VIEW, "audit.permission.view"),
                new PermissionDefinition(AuditQuery.VERIFY, "audit.permission.verify"),
                new PermissionDefinition(AuditQuery.EXPORT, "audit.permission.export"));
    }

    @Override
    public String messagesBaseName() {
        return "cn/gov/laoshan/district/audit/i18n/messages";
    }
}
