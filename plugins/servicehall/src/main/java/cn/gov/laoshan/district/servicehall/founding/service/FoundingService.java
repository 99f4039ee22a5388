package cn.gov.laoshan.district.servicehall.founding.service;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.notify.TextMessages;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingOrder;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingState;
import cn.gov.laoshan.district.servicehall.founding.domain.ServiceContract;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;
import cn.gov.laoshan.district.uikit.XlsxSheet;

/**
 * 新设企业免费代办 + 免费刻章: a founder orders in one tap (the public page, after proving the mobile); the order goes to
 * a contracted agency with room on its contract and is charged the unit price; the agency takes it, registers the
 * enterprise (its USCC linked to the registry when the registry has it) and orders the free seal set from a contracted
 * engraver (charged to that contract); the engraver confirms production and hand-over. The agency's and the engraver's
 * people see only their organisation's orders (the scope is in the SQL). Every step: state machine, timeline (with
 * the audit log), event {@code district/servicehall/founding/<STATE>}, a text to the founder.
 */
public class FoundingService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final FoundingRepository repository;
    private final AccessControl access;
    private final AuditLog audit;
    private final Timeline timeline;
    private final RecordEvents events;
    private final TextMessages texts;
    private final Function<String, Optional<String>> registryName;
    private final Clock clock;

    /**
     * @param registryName the registry's name of the enterprise of a USCC, empty when the registry does not know it
     *                     (or is not installed)
     */
    public FoundingService(FoundingRepository repository, AccessControl access, AuditLog audit, Timeline timeline,
            RecordEvents events, TextMessages texts, Function<String, Optional<String>> registryName, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.events = events;
        this.texts = texts;
        this.registryName = registryName;
        this.clock = clock;
    }

    // contracts

    public List<ServiceContract> contracts() {
        access.check(FoundingWorkflow.READ);
        return repository.contracts();
    }

    /** A new purchased-service contract (the centre): amount and unit price exact to the fen; audited. */
    public ServiceContract addContract(String number, ServiceContract.Kind kind, String supplierUscc,
            String supplierName, Yuan amount, Yuan unitPrice, LocalDate startsOn, LocalDate endsOn) {
        access.check(FoundingWorkflow.MANAGE, ServiceHallRoles.DEPARTMENT);
        String no = required("number", number, 40);
        if (kind == null) {
            throw new RefusedException("kind", "servicehall.helpdesk.error.required");
        }
        String uscc = uscc("supplierUscc", supplierUscc);
        String name = required("supplierName", supplierName, 200);
        if (amount == null || amount.signum() <= 0) {
            throw new RefusedException("amount", "servicehall.founding.error.amount");
        }
        if (unitPrice == null || unitPrice.signum() <= 0 || unitPrice.compareTo(amount) > 0) {
            throw new RefusedException("unitPrice", "servicehall.founding.error.unit-price");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new RefusedException("endsOn", "servicehall.founding.error.period");
        }
        if (repository.contracts().stream().anyMatch(c -> c.number().equals(no))) {
            throw new RefusedException("number", "servicehall.founding.error.contract-exists");
        }
        long id = repository.insertContract(new ServiceContract(0, no, kind, uscc, name, amount, unitPrice, Yuan.ZERO,
                startsOn, endsOn), ServiceHallRoles.DEPARTMENT, clock.instant());
        ServiceContract c = repository.contract(id).orElseThrow();
        audit.record(ServiceHallRoles.PLUGIN, "founding.contract.add", "ServiceContract", no, null, kind + " " + uscc
                + " " + name + " amount=" + amount.plain() + " unit=" + unitPrice.plain() + " " + startsOn + ".."
                + endsOn);
        return c;
    }

    // the founder's order

    /**
     * The founder's one-tap order, from the public page once the mobile's code was checked: the agency with room on
     * its contract gets it and the unit price is charged; refused when no contract has room (and nothing is stored).
     */
    public FoundingOrder order(FoundingOrder.Intake in) {
        FoundingOrder.Intake checked = checked(in);
        return access.asSystem(() -> {
            ServiceContract agency = repository.charge(ServiceContract.Kind.AGENCY, today()).orElseThrow(
                    () -> new RefusedException(null, "servicehall.founding.error.no-contract"));
            long id = repository.insertOrder(checked, agency, ServiceHallRoles.DEPARTMENT, clock.instant());
            FoundingOrder o = reload(id);
            timeline.record(ServiceHallRoles.PLUGIN, FoundingWorkflow.TYPE, o.number(), "order", null,
                    FoundingState.ORDERED.name(), agency.supplierName() + " " + agency.unitPrice().plain());
            post(o);
            text(o, "您的新设企业免费代办订单 " + o.number() + " 已受理，代办机构（" + agency.supplierName()
                    + "）将尽快与您联系。");
            return o;
        });
    }

    /** Checks the founder's form without storing anything: the page checks it before using up the mobile's code. */
    public void validate(FoundingOrder.Intake in) {
        checked(in);
    }

    private FoundingOrder.Intake checked(FoundingOrder.Intake in) {
        String name = required("founderName", in.founderName(), 50);
        String mobile = in.founderMobile() == null ? "" : in.founderMobile().strip();
        if (!mobile.matches("1[3-9]\\d{9}")) {
            throw new RefusedException("founderMobile", "servicehall.error.mobile");
        }
        String proposed = required("proposedName", in.proposedName(), 200);
        if (in.entityType() == null) {
            throw new RefusedException("entityType", "servicehall.helpdesk.error.required");
        }
        String address = required("address", in.address(), 200);
        return new FoundingOrder.Intake(name, mobile, proposed, in.entityType(), address);
    }

    // reading

    /** The orders the reader may see: staff their department's, an agency's or engraver's user their own. */
    public List<FoundingOrder> orders(FoundingState state) {
        return repository.orders(scopeOf(), columnsOf(), state);
    }

    public Optional<FoundingOrder> find(long id) {
        return repository.order(scopeOf(), columnsOf(), id);
    }

    /** The actions the current user may take on {@code order} now (for buttons). */
    public List<String> actions(FoundingOrder order) {
        return FoundingWorkflow.MACHINE.available(order.state(), order, access).stream().map(t -> t.action())
                .toList();
    }

    private String permissionOf() {
        if (access.has(FoundingWorkflow.READ)) {
            return FoundingWorkflow.READ;
        }
        if (access.has(FoundingWorkflow.AGENCY)) {
            return FoundingWorkflow.AGENCY;
        }
        if (access.has(FoundingWorkflow.ENGRAVE)) {
            return FoundingWorkflow.ENGRAVE;
        }
        throw new AccessDeniedException(FoundingWorkflow.READ);
    }

    private RecordScope scopeOf() {
        return RecordScope.of(access, permissionOf());
    }

    private RecordScope.Columns columnsOf() {
        return switch (permissionOf()) {
            case FoundingWorkflow.AGENCY -> FoundingWorkflow.AGENCY_ORDERS;
            case FoundingWorkflow.ENGRAVE -> FoundingWorkflow.ENGRAVER_ORDERS;
            default -> FoundingWorkflow.STAFF;
        };
    }

    // the agency's steps

    /** The agency takes the order on. */
    public FoundingOrder take(long id) {
        FoundingOrder o = agencys(id);
        fire("take", o, null);
        change(o, FoundingState.TAKEN, Map.of("taken_by", login(), "taken_at", clock.instant()), "take", login());
        FoundingOrder after = reload(id);
        text(after, "代办机构（" + after.agencyName() + "）已接单，将为您办理 " + after.proposedName() + " 的设立登记。");
        return after;
    }

    /**
     * The enterprise is registered: its USCC (checked) and name, the day; linked to the registry when the registry
     * knows the USCC (its name is then the registry's).
     */
    public FoundingOrder register(long id, String usccText, String registeredName, LocalDate on) {
        FoundingOrder o = agencys(id);
        fire("register", o, null);
        String uscc = uscc("uscc", usccText);
        Optional<String> known = registryName.apply(uscc);
        String name = known.orElseGet(() -> required("registeredName", registeredName, 200));
        if (on == null || on.isAfter(today())) {
            throw new RefusedException("registeredOn", "servicehall.founding.error.registered-on");
        }
        change(o, FoundingState.REGISTERED, Map.of("uscc", uscc, "registered_name", name, "registered_on", on,
                "registry_linked", known.isPresent() ? 1 : 0), "register", uscc + " " + name
                        + (known.isPresent() ? "（已关联市场主体库）" : ""));
        FoundingOrder after = reload(id);
        text(after, name + " 已完成设立登记（统一社会信用代码 " + uscc + "），免费公章正在安排刻制。");
        return after;
    }

    /** The agency orders the free seal set: from a contracted engraver with room, charged to its contract. */
    public FoundingOrder orderSeals(long id) {
        FoundingOrder o = agencys(id);
        fire("order-seals", o, null);
        ServiceContract engraver = access.asSystem(() -> repository.charge(ServiceContract.Kind.ENGRAVING, today()))
                .orElseThrow(() -> new RefusedException(null, "servicehall.founding.error.no-engraver"));
        boolean moved = repository.move(o.id(), o.state(), FoundingState.SEALS_ORDERED, Map.of("engraver_contract_id",
                engraver.id(), "engraver_uscc", engraver.supplierUscc(), "seal_cost", engraver.unitPrice(),
                "seals_ordered_at", clock.instant()));
        if (!moved) {
            repository.release(engraver.id());
            throw new RefusedException(null, "servicehall.founding.error.changed");
        }
        recorded(o, FoundingState.SEALS_ORDERED, "order-seals", engraver.supplierName() + " "
                + engraver.unitPrice().plain());
        return reload(id);
    }

    // the engraver's steps

    /** The engraver confirms the seals are made (and filed). */
    public FoundingOrder sealsMade(long id) {
        FoundingOrder o = engravers(id);
        fire("seals-made", o, null);
        change(o, FoundingState.SEALS_MADE, Map.of("seals_made_at", clock.instant()), "seals-made", login());
        FoundingOrder after = reload(id);
        text(after, after.registeredName() + " 的免费公章已刻制完成，" + after.engraverName() + " 将与您约定交付。");
        return after;
    }

    /** The engraver confirms the hand-over, naming who received the seals: the order is done. */
    public FoundingOrder handOver(long id, String receivedBy) {
        FoundingOrder o = engravers(id);
        fire("hand-over", o, null);
        String to = required("handedTo", receivedBy, 50);
        change(o, FoundingState.HANDED_OVER, Map.of("handed_over_at", clock.instant(), "handed_to", to), "hand-over",
                to);
        return reload(id);
    }

    /** The centre cancels an order no agency has taken yet, with the reason; the contract's unit is given back. */
    public FoundingOrder cancel(long id, String reason) {
        access.check(FoundingWorkflow.READ);
        FoundingOrder o = repository.order(scopeOf(), FoundingWorkflow.STAFF, id).orElseThrow(FoundingService::notFound);
        fire("cancel", o, reason);
        change(o, FoundingState.CANCELLED, Map.of(), "cancel", reason.strip());
        repository.release(o.agencyContractId());
        return reload(id);
    }

    private FoundingOrder agencys(long id) {
        access.check(FoundingWorkflow.AGENCY);
        // another agency's order is not found: the scope is in the query
        FoundingOrder o = repository.order(RecordScope.of(access, FoundingWorkflow.AGENCY),
                FoundingWorkflow.AGENCY_ORDERS, id).orElseThrow(FoundingService::notFound);
        access.checkEnterprise(FoundingWorkflow.AGENCY, o.agencyUscc());
        return o;
    }

    private FoundingOrder engravers(long id) {
        access.check(FoundingWorkflow.ENGRAVE);
        FoundingOrder o = repository.order(RecordScope.of(access, FoundingWorkflow.ENGRAVE),
                FoundingWorkflow.ENGRAVER_ORDERS, id).orElseThrow(FoundingService::notFound);
        access.checkEnterprise(FoundingWorkflow.ENGRAVE, o.engraverUscc());
        return o;
    }

    private static RefusedException notFound() {
        return new RefusedException(null, "servicehall.founding.error.not-found");
    }

    private void fire(String action, FoundingOrder o, String reason) {
        FoundingWorkflow.MACHINE.fire(action, o.state(), o, reason, access);
    }

    private void change(FoundingOrder o, FoundingState to, Map<String, Object> columns, String action, String note) {
        if (!repository.move(o.id(), o.state(), to, columns)) {
            throw new RefusedException(null, "servicehall.founding.error.changed");
        }
        recorded(o, to, action, note);
    }

    private void recorded(FoundingOrder o, FoundingState to, String action, String note) {
        timeline.record(ServiceHallRoles.PLUGIN, FoundingWorkflow.TYPE, o.number(), action, o.state().name(),
                to.name(), note);
        post(reload(o.id()));
    }

    private FoundingOrder reload(long id) {
        return repository.order(RecordScope.ALL, FoundingWorkflow.STAFF, id).orElseThrow();
    }

    private void post(FoundingOrder o) {
        events.post(o.state().name(), o.number(), o.departmentCode(), Map.of("agency", o.agencyUscc(), "uscc",
                o.uscc() == null ? "" : o.uscc()));
    }

    private void text(FoundingOrder o, String body) {
        try {
            texts.send(o.founderMobile(), "【崂山区政务服务中心】" + body);
        } catch (RuntimeException e) {
            // the order's step is done and kept; a text that could not go is not a reason to undo it
            audit.record(ServiceHallRoles.PLUGIN, "founding.text.failed", FoundingWorkflow.TYPE, o.number(), null,
                    String.valueOf(e.getMessage()));
        }
    }

    // figures and export

    /**
     * The dashboard's figure in the seed's style: enterprises served (registered) and the money they saved — what the
     * district paid for them under the contracts, which the founders would otherwise have paid.
     */
    public record Served(long enterprises, Yuan saved, Yuan agency, Yuan seals) {
    }

    public Served served() {
        access.check(FoundingWorkflow.READ);
        Map<String, Object> row = repository.served(ServiceHallRoles.DEPARTMENT);
        Yuan agency = Yuan.of(((BigDecimal) row.get("agency")).setScale(2));
        Yuan seals = Yuan.of(((BigDecimal) row.get("seals")).setScale(2));
        return new Served(((Number) row.get("n")).longValue(), agency.plus(seals), agency, seals);
    }

    /** The orders the reader sees as an .xlsx sheet (mobiles masked). */
    public void exportXlsx(OutputStream out) throws IOException {
        List<FoundingOrder> all = orders(null);
        try (XlsxSheet sheet = XlsxSheet.open(out, "免费代办", List.of("订单号", "状态", "创办人", "手机号码", "拟设企业名称",
                "类型", "代办机构", "统一社会信用代码", "登记名称", "登记日期", "已关联主体库", "刻章企业", "公章交付时间",
                "代办费用（元）", "刻章费用（元）", "合计（元）", "下单时间"))) {
            for (FoundingOrder o : all) {
                sheet.row(o.number(), o.state().name(), o.founderName(),
                        cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskService.maskedMobile(
                                o.founderMobile()), o.proposedName(), o.entityType().name(), o.agencyName(),
                        nz(o.uscc()), nz(o.registeredName()), o.registeredOn() == null ? "" : o.registeredOn()
                                .toString(), o.registryLinked() ? "是" : "否", nz(o.engraverName()),
                        o.handedOverAt() == null ? "" : o.handedOverAt().atZone(ZONE).toLocalDate().toString(),
                        o.agencyCost().plain(), o.sealCost() == null ? "" : o.sealCost().plain(), o.cost().plain(),
                        o.createdAt().atZone(ZONE).toLocalDate().toString());
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Today in the district, on the platform's clock (the demo and the screens take it from here). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElse("system");
    }

    private static String uscc(String field, String text) {
        try {
            return Uscc.parse(text == null ? "" : text.strip()).value();
        } catch (IllegalArgumentException e) {
            throw new RefusedException(field, "servicehall.founding.error.uscc");
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RefusedException(field, "servicehall.helpdesk.error.required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new RefusedException(field, "servicehall.helpdesk.error.too-long", max);
        }
        return v;
    }
}
