package cn.gov.laoshan.district.test.notes;

import java.time.LocalDateTime;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

/** Notes in the plugin's own schema. */
public class NoteStore {

    private final Jdbi jdbi;

    public NoteStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void add(String text) {
        jdbi.useHandle(h -> h.createUpdate("insert into note (text, created) values (:text, :created)")
                .bind("text", text).bind("created", LocalDateTime.now()).execute());
    }

    public List<String> texts() {
        return jdbi.withHandle(h -> h.createQuery("select text from note order by id").mapTo(String.class).list());
    }
}
