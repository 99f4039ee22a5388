package cn.gov.laoshan.district.identity.ui;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.identity.service.IdentityService;

/**
 * Users the administrator may see (a department administrator: their department and below), lazily loaded,
 * filterable and sortable; create, edit, disable, unlock, reset password, assign roles.
 */
public class UsersView extends VerticalLayout {

    private final IdentityService service;
    private final UnaryOperator<String> maskPhone;
    private final Grid<User> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<User, Void, String> users;
    private final Map<String, String> departmentNames;

    public UsersView(IdentityService service, UnaryOperator<String> maskPhone) {
        this.service = service;
        this.maskPhone = maskPhone;
        setId("identity-users");
        setSizeFull();
        departmentNames = service.departments().stream()
                .collect(Collectors.toMap(Department::code, d -> d.name(getLocale())));

        TextField filter = new TextField();
        filter.setId("users-filter");
        filter.setPlaceholder(getTranslation("identity.users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        Button create = new Button(getTranslation("identity.users.create"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.setId("users-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setWidthFull();
        toolbar.expand(filter);

        grid.addColumn(User::login).setHeader(getTranslation("identity.user.login")).setKey("login").setSortable(true);
        grid.addColumn(User::displayName).setHeader(getTranslation("identity.user.name")).setKey("displayName")
                .setSortable(true);
        grid.addColumn(u -> u.departmentCode() == null ? getTranslation("identity.user.external")
                : departmentNames.getOrDefault(u.departmentCode(), u.departmentCode()))
                .setHeader(getTranslation("identity.user.department")).setKey("department").setSortable(true);
        grid.addColumn(u -> maskPhone.apply(u.phone())).setHeader(getTranslation("identity.user.phone"));
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("identity.user.status")).setKey("status")
                .setSortable(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("identity.users.actions")).setAutoWidth(true);
        grid.setSizeFull();

        CallbackDataProvider<User, String> provider = new CallbackDataProvider<>(
                query -> {
                    QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
                    return service.users(query.getFilter().orElse(null), order == null ? "login" : order.getSorted(),
                            order == null || order.getDirection() == SortDirection.ASCENDING, query.getOffset(),
                            query.getLimit()).stream();
                },
                query -> service.countUsers(query.getFilter().orElse(null)));
        users = provider.withConfigurableFilter();
        grid.setItems(users);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("login"),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        filter.addValueChangeListener(e -> users.setFilter(e.getValue()));
        add(toolbar, grid);
    }

    private Span statusBadge(User user) {
        Span badge = new Span(getTranslation("identity.status." + user.status()));
        badge.getElement().getThemeList().add(switch (user.status()) {
            case ACTIVE -> "badge success";
            case LOCKED -> "badge error";
            case DISABLED -> "badge contrast";
        });
        return badge;
    }

    private HorizontalLayout actions(User user) {
        Button edit = small(VaadinIcon.EDIT, "identity.users.edit", () -> edit(user));
        Button toggle = user.status() == UserStatus.DISABLED
                ? small(VaadinIcon.CHECK, "identity.users.enable", () -> act(() -> service.enable(user.login())))
                : small(VaadinIcon.BAN, "identity.users.disable", () -> act(() -> service.disable(user.login())));
        Button unlock = small(VaadinIcon.UNLOCK, "identity.users.unlock", () -> act(() -> service.unlock(user.login())));
        unlock.setVisible(user.status() == UserStatus.LOCKED);
        Button reset = small(VaadinIcon.KEY, "identity.users.reset", () -> {
            String password = service.resetPassword(user.login());
            new InitialPasswordDialog(user, password).open();
        });
        return new HorizontalLayout(edit, toggle, unlock, reset);
    }

    private Button small(VaadinIcon icon, String tooltipKey, Runnable action) {
        Button button = new Button(icon.create(), e -> IdentitySteps.STEPS.run(this, action));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(getTranslation(tooltipKey));
        button.setAriaLabel(getTranslation(tooltipKey));
        return button;
    }

    private void act(Runnable change) {
        change.run();
        users.refreshAll();
    }

    private void edit(User user) {
        new UserDialog(service, user, saved -> users.refreshAll()).open();
    }
}
