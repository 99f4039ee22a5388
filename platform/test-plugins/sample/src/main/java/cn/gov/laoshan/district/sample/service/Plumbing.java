package cn.gov.laoshan.district.sample.service;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jdbi.v3.core.statement.SqlStatement;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.DepartmentScope;

/**
 * PLUMBING that every department plugin carries today, kept in this one class so that it goes in one step when the
 * platform's plugin kit has it (issue 14): the refusal exception (uikit {@code Steps} will show the api's own by
 * default), record events (the api's record-events helper) and department scope as SQL (the api's scope helper).
 */
public final class Plumbing {

    private Plumbing() {
    }

    /** Bad input or a refused step: the field, the message key (zh-CN/en) and its parameters. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String messageKey;
        private final transient List<Object> parameters;

        public Refused(String field, String messageKey, Object... parameters) {
            super(field + ": " + messageKey);
            this.field = field;
            this.messageKey = messageKey;
            this.parameters = List.of(parameters);
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] parameters() {
            return parameters.toArray();
        }
    }

    /** Posts {@code district/<plugin>/<WHAT>} for other plugins; works without listeners and without EventAdmin. */
    public record Events(String plugin, Supplier<EventAdmin> admin) {
        public void publish(String what, Map<String, Object> properties) {
            EventAdmin eventAdmin = admin.get();
            if (eventAdmin != null) {
                eventAdmin.postEvent(new Event("district/" + plugin + "/" + what, properties));
            }
        }
    }

    /** Where a permission holds, as an SQL condition over a department column (no leading "and"). */
    public record Scope(String condition, List<String> departments) {
        public static Scope of(AccessControl access, String permission, String column) {
            DepartmentScope scope = access.scope(permission);
            if (scope.all()) {
                return new Scope("1 = 1", List.of());
            }
            return scope.isEmpty() ? new Scope("1 = 0", List.of())
                    : new Scope(column + " in (<scopeDepartments>)", List.copyOf(scope.departments()));
        }

        public <S extends SqlStatement<S>> S bind(S statement) {
            return departments.isEmpty() ? statement : statement.bindList("scopeDepartments", departments);
        }
    }
}
