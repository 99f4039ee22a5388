package cn.gov.laoshan.district.policy.suggestion.service;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.jdbi.v3.core.statement.PreparedBatch;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.policy.suggestion.domain.Categorisation;
import cn.gov.laoshan.district.policy.suggestion.domain.Channel;
import cn.gov.laoshan.district.policy.suggestion.domain.LabelledSuggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.Rating;
import cn.gov.laoshan.district.policy.suggestion.domain.ResponseKind;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionCategoriser;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionState;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;
import cn.gov.laoshan.district.policy.suggestion.domain.Visibility;

/**
 * The demo's two years of suggestions: the shipped labelled set's texts, varied (who speaks, what is asked for),
 * along the four lines, from the registry's enterprises, categorised by the categoriser, answered after a few
 * working days, most rated. They are written as a history in batches (thousands of suggestions through the service
 * would write tens of thousands of timeline and audit rows the demo does not need; the seeding itself is audited by
 * the platform's demo seeding), while the demo accounts' own enterprises (海澜智联, 明德长青) get theirs through the
 * service, with their timelines, in every state of the chain.
 */
public final class DemoSuggestions {

    static final List<String> ACCOUNT_ENTERPRISES = List.of("91370212MA3C4XK2QQ", "91370212MA3D0WPHWP");

    private static final String[] OPENINGS = {"", "我公司反映：", "企业建议：", "座谈会上企业提出，", "走访中企业表示，",
        "协会会员企业普遍反映，", "我们是区内企业，", "希望政府关注：" };
    private static final String[] CLOSINGS = {"", "希望尽快研究解决。", "建议出台相应措施。", "请相关部门给予支持。",
        "盼复。", "望予以考虑。" };
    private static final String[][] SOURCES = {
        {"民营企业参政议政平台", "政企恳谈沙龙", "重点企业圆桌会", "季度政企座谈会"},
        {"", "12345热线", "政务服务大厅综合窗口", "企业服务专窗"},
        {"楼宇专员走访（金岭片区）", "楼宇专员走访（中韩片区）", "部门走访（张村河片区）", "重点项目现场走访"},
        {"兴商护航联盟", "建筑业协会", "房地产业协会", "软件和信息服务业协会"}};
    private static final List<String> RESPONDERS = List.of("development", "finance", "market", "housing", "approval");

    private DemoSuggestions() {
    }

    /** The responsible department a topic usually goes to. */
    static String department(Topic topic) {
        return switch (topic) {
            case FINANCING, TAX_FEES -> "finance";
            case LAND_PERMITS, CONSTRUCTION -> "housing";
            case MARKET_ACCESS -> "market";
            case GOVERNMENT_SERVICE -> "approval";
            default -> "development";
        };
    }

    /**
     * Seeds {@code count} suggestions over the two years before today into an empty table (a start killed half-way
     * leaves some batches: it carries on with what is missing). Returns how many there are.
     */
    public static int seed(SuggestionRepository repository, EnterpriseRegistry registry, WorkingDayCalendar calendar,
            int count, BooleanSupplier stopping) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long present = repository.count(cn.gov.laoshan.district.api.security.RecordScope.ALL, SuggestionFilter.ALL,
                today);
        List<Enterprise> enterprises = registry.list(EnterpriseQuery.all().page(0, 400)).stream()
                .filter(e -> !ACCOUNT_ENTERPRISES.contains(e.uscc().toString())).toList();
        if (enterprises.isEmpty()) {
            return (int) present;
        }
        List<LabelledSuggestion> texts = SuggestionCategoriser.shippedSet();
        SuggestionCategoriser categoriser = SuggestionCategoriser.shipped();
        Random random = new Random(20261207L + present);
        int batch = 250;
        for (long made = present; made < count; made += batch) {
            if (stopping.getAsBoolean()) {
                return (int) made;
            }
            int n = (int) Math.min(batch, count - made);
            repository.jdbi().useTransaction(h -> {
                PreparedBatch insert = h.prepareBatch("insert into suggestion (channel, source, enterprise_uscc, "
                        + "enterprise_name, topic, topic_confidence, text, visibility, state, department_code, "
                        + "received_on, deadline, response_kind, answer, answered_by, answered_at, rating, "
                        + "rating_comment, rated_at, rounds, created_by, created_at) values (:channel, :source, :uscc, "
                        + ":name, :topic, :confidence, :text, :visibility, :state, :department, :receivedOn, "
                        + ":deadline, :kind, :answer, :answeredBy, :answeredAt, :rating, :comment, :ratedAt, 1, "
                        + ":createdBy, :createdAt)");
                for (int i = 0; i < n; i++) {
                    row(insert, random, texts, categoriser, enterprises, calendar, today);
                }
                insert.execute();
            });
        }
        return count;
    }

    private static void row(PreparedBatch insert, Random random, List<LabelledSuggestion> texts,
            SuggestionCategoriser categoriser, List<Enterprise> enterprises, WorkingDayCalendar calendar,
            LocalDate today) {
        LabelledSuggestion base = texts.get(random.nextInt(texts.size()));
        String text = OPENINGS[random.nextInt(OPENINGS.length)] + base.text() + CLOSINGS[random.nextInt(CLOSINGS.length)];
        Categorisation c = categoriser.categorise(text);
        Channel channel = Channel.values()[weighted(random, 25, 40, 20, 15)];
        String[] sources = SOURCES[channel.ordinal()];
        String source = sources[random.nextInt(sources.length)];
        Enterprise e = enterprises.get(random.nextInt(enterprises.size()));
        // more suggestions lately: the two years weighted towards the recent months
        LocalDate received = today.minusDays((long) (730 * Math.pow(random.nextDouble(), 1.3)));
        LocalDate deadline = calendar.deadline(received, 10);
        String department = random.nextInt(10) < 8 ? department(c.topic()) : RESPONDERS.get(random.nextInt(5));
        // how many working days the answer took: mostly within the ten, a few late
        int took = 1 + (int) Math.min(20, Math.abs(random.nextGaussian() * 4 + 5));
        LocalDate answeredOn = calendar.addWorkingDays(received, took);
        SuggestionState state;
        if (received.isAfter(today.minusDays(3))) {
            state = SuggestionState.RECEIVED;
        } else if (answeredOn.isAfter(today)) {
            state = random.nextInt(3) == 0 ? SuggestionState.RECEIVED : SuggestionState.ANALYSED;
        } else {
            state = received.isAfter(today.minusDays(40)) && random.nextInt(3) == 0 ? SuggestionState.RESPONDED
                    : SuggestionState.CLOSED;
        }
        boolean answered = state == SuggestionState.RESPONDED || state == SuggestionState.CLOSED;
        Rating rating = state == SuggestionState.CLOSED ? satisfiedRating(random) : null;
        ResponseKind kind = !answered ? null : random.nextInt(10) < 8 ? ResponseKind.ANSWER
                : random.nextBoolean() ? ResponseKind.RESERVE : ResponseKind.MEETING;
        insert.bind("channel", channel.name()).bind("source", source.isEmpty() ? null : source)
                .bind("uscc", e.uscc().toString()).bind("name", e.name()).bind("topic", c.topic().name())
                .bind("confidence", c.confidence()).bind("text", text)
                .bind("visibility", (random.nextInt(5) == 0 ? Visibility.ALL_STAFF : Visibility.HANDLERS).name())
                .bind("state", state.name())
                .bind("department", state == SuggestionState.RECEIVED ? SuggestionWorkflow.DEPARTMENT : department)
                .bind("receivedOn", received).bind("deadline", deadline).bind("kind", kind == null ? null : kind.name())
                .bind("answer", answered ? answer(kind, c.topic()) : null)
                .bind("answeredBy", answered ? "sunwei" : null)
                .bind("answeredAt", answered ? at(answeredOn) : null).bind("rating", rating == null ? null : rating.name())
                .bind("comment", (String) null)
                .bind("ratedAt", rating == null ? null : at(answeredOn.plusDays(1 + random.nextInt(5))))
                .bind("createdBy", channel == Channel.ONLINE && source.isEmpty() ? "enterprise" : "sunwei")
                .bind("createdAt", at(received)).add();
    }

    /** The demo's satisfaction: mostly satisfied, a few not (those would have been reopened and answered again). */
    private static Rating satisfiedRating(Random random) {
        return Rating.values()[weighted(random, 45, 35, 15, 4, 1)];
    }

    private static String answer(ResponseKind kind, Topic topic) {
        return switch (kind) {
            case RESERVE -> "已纳入政策储备库，将在下一批政策清单中研究出台。";
            case MEETING -> "已召开联席会议专题研究，会议纪要及任务分工已印发相关部门落实。";
            default -> "经研究，已按现行政策予以办理并电话告知企业，具体可咨询责任部门。（" + topic.code() + "）";
        };
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.valueOf(day.atTime(10, 0));
    }

    private static int weighted(Random random, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * The account enterprises' own suggestions, through the service (with timelines, events, deadlines): for each,
     * one just received, one answered waiting for the rating, one rated 满意 and one reopened after 不满意.
     * {@code asUser} runs a step as the given login (an enterprise user or staff); nothing when the registry lacks
     * them or they exist already.
     */
    public static int accountSuggestions(SuggestionService service, EnterpriseRegistry registry,
            Consumer<Runnable> asStaff) {
        int made = 0;
        for (String code : ACCOUNT_ENTERPRISES) {
            Enterprise e = registry.find(Uscc.parse(code)).orElse(null);
            if (e == null) {
                continue;
            }
            String[] asks = {"希望区里能对研发投入较大的科技型中小企业给予贷款贴息，缓解研发阶段的资金压力。",
                "建议在企业集中的园区增设公交线路和班次，方便员工上下班通勤。",
                "新招聘的硕士研究生申请人才住房补贴，材料多、审核周期长，建议简化流程、线上办理。",
                "办理消防验收时多个部门要求重复提交相同材料，建议数据共享，一次提交。"};
            List<Long> ids = new ArrayList<>();
            asStaff.accept(() -> {
                for (String ask : asks) {
                    ids.add(service.create(new Suggestion.Draft(Channel.VISIT, "楼宇专员走访", code, ask,
                            Visibility.HANDLERS, service.today())).id());
                }
                for (int i = 1; i < ids.size(); i++) {
                    Suggestion s = service.find(ids.get(i)).orElseThrow();
                    service.analyse(s.id(), s.topic(), department(s.topic()));
                    service.respond(s.id(), SuggestionService.Response.answer(
                            "已与企业沟通，相关事项已按现行政策办理，后续将持续跟进。"));
                }
                service.rate(ids.get(2), Rating.SATISFIED, null);
                service.rate(ids.get(3), Rating.DISSATISFIED, "仍需多次提交材料，问题没有解决。");
            });
            made += ids.size();
        }
        return made;
    }

    /** A group's title as staff would write it: the typical suggestion's words without who said them. */
    static String typicalProblem(String title) {
        for (String opening : OPENINGS) {
            if (!opening.isEmpty() && title.startsWith(opening)) {
                return title.substring(opening.length());
            }
        }
        return title;
    }

    /**
     * A few groups: the grouping's proposals over the newest suggestions, the five largest confirmed under their
     * typical suggestion's words, the three largest of those adopted into the reserve library. Returns how many
     * groups were confirmed.
     */
    public static int groups(GroupService groups, SuggestionService suggestions) {
        if (groups.list().stream().anyMatch(g -> g.confirmed())) {
            return 0;
        }
        groups.propose();
        List<cn.gov.laoshan.district.policy.suggestion.domain.SuggestionGroup> proposed = groups.list().stream()
                .sorted(java.util.Comparator.comparingInt(
                        (cn.gov.laoshan.district.policy.suggestion.domain.SuggestionGroup g) -> -g.members().size()))
                .limit(5).toList();
        int confirmed = 0;
        for (var g : proposed) {
            groups.confirm(g.id(), typicalProblem(g.title()));
            if (confirmed < 3) {
                suggestions.reserve().add(g.typicalId(), null, "演示：共性问题，建议研究出台政策");
            }
            confirmed++;
        }
        return confirmed;
    }
}
