package cn.gov.laoshan.district.test.notes;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;

/** A test plugin with data: its schema is migrated by the platform before it activates. */
@Component(service = DistrictPlugin.class)
public class NotesPlugin implements DistrictPlugin {

    private final NoteStore notes;

    @Activate
    public NotesPlugin(@Reference PluginDatabase database) {
        this.notes = new NoteStore(database.jdbi());
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("notes", "notes.plugin.name", "office", "notes.department");
    }

    @Override
    public List<Screen> screens() {
        return List.of(Screen.builder("list", NotesView.class, () -> new NotesView(notes))
                .title("notes.screen.list").icon("vaadin:notebook").permission("notes.use").build());
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition("notes.use", "notes.permission.use"));
    }
}
