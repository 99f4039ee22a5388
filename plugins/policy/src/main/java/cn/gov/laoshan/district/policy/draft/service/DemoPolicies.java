package cn.gov.laoshan.district.policy.draft.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.policy.draft.domain.CompetitionCategory;
import cn.gov.laoshan.district.policy.draft.domain.DraftComment;
import cn.gov.laoshan.district.policy.draft.domain.DraftState;
import cn.gov.laoshan.district.policy.draft.domain.FairCompetitionReview;
import cn.gov.laoshan.district.policy.draft.domain.LegalOutcome;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.domain.PolicyTopic;

/**
 * The demo's policy list and drafts. The list: the 71 measures of {@code policy/demo-policies.tsv} (written for
 * this plugin) published as the district's yearly list in three batches dated from the clock's year — the year
 * before last (all 71), last year (69) and this year (69 editions, valid through this year): 209 items, the seed's
 * count. They were reviewed before the platform, so they come in with the
 * records of their reviews (the comment period held on the government website, hence no public notice) and one
 * "import" step on their timeline. The drafts: new policies at every step, made through the service as staff
 * would; the ones whose comment period is over come in like the list's, their periods held before.
 * Resumable: what exists (by title) is not made again.
 */
public final class DemoPolicies {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** One line of the demo file. */
    record Line(PolicyTopic topic, String issuer, String title, String benefits, String eligibility, Yuan budget) {
    }

    /** A batch of the demo list: its number, its day, its edition's year and which lines it holds. */
    record Batch(int no, LocalDate publishedOn, int year, int from, int to) {
    }

    private DemoPolicies() {
    }

    static List<Line> lines() {
        try (InputStream in = DemoPolicies.class.getClassLoader().getResourceAsStream("policy/demo-policies.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Line> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                BigDecimal wan = new BigDecimal(f[5]);
                lines.add(new Line(PolicyTopic.valueOf(f[0]), f[1], f[2], f[3], f[4],
                        wan.signum() == 0 ? null : Yuan.ofWan(wan)));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seeds what is missing, as the system; returns how many policies and drafts it made. */
    public static int seed(DraftService drafts, DraftRepository repository, Timeline timeline,
            BooleanSupplier stopping) {
        Set<String> present = Set.copyOf(repository.titles());
        List<Line> lines = lines();
        int made = 0;
        for (Batch batch : batches(drafts.today(), lines.size())) {
            for (Line line : lines.subList(batch.from(), batch.to())) {
                if (stopping.getAsBoolean()) {
                    return made;
                }
                String title = line.title() + "（" + batch.year() + "年版）";
                if (present.contains(title)) {
                    continue;
                }
                // each yearly edition is valid through its year: the third batch is this year's list
                LocalDate from = LocalDate.of(batch.year(), 1, 1);
                PolicyDraft draft = draft(line, title, from, LocalDate.of(batch.year(), 12, 31));
                long id = imported(repository, draft, batch.publishedOn().minusDays(75), batch.no(),
                        batch.publishedOn());
                timeline.record(DraftWorkflow.PLUGIN, DraftWorkflow.TYPE, String.valueOf(id), "import", null,
                        DraftState.PUBLISHED.name(), "第" + batch.no() + "批 " + batch.publishedOn());
                made++;
            }
        }
        made += drafts(drafts, repository, timeline, present, stopping);
        return made;
    }

    /**
     * The three yearly editions, dated from the clock's year so that the demo list is current: the year before last
     * (all measures), last year (all but the last two) and this year (all but the first two), published in the
     * summer (this year's: on the 15th of July, or yesterday when that is still ahead).
     */
    static List<Batch> batches(LocalDate today, int lines) {
        int year = today.getYear();
        LocalDate thisYears = LocalDate.of(year, 7, 15);
        if (!thisYears.isBefore(today)) {
            thisYears = today.minusDays(1);
        }
        return List.of(new Batch(1, LocalDate.of(year - 2, 6, 30), year - 2, 0, lines),
                new Batch(2, LocalDate.of(year - 1, 6, 28), year - 1, 0, lines - 2),
                new Batch(3, thisYears, year, 2, lines));
    }

    private static PolicyDraft draft(Line line, String title, LocalDate validFrom, LocalDate validTo) {
        return new PolicyDraft(0, title, line.issuer(), line.topic(), body(line), line.benefits(), line.eligibility(),
                validFrom, validTo, line.budget(), DraftWorkflow.DEPARTMENT, DraftState.DRAFTING, null, null, null,
                null, null, null, null, null, "sunwei", validFrom.minusMonths(4).atStartOfDay(BEIJING).toInstant());
    }

    private static String body(Line line) {
        return "第一条 为贯彻落实优化营商环境有关要求，" + line.benefits().split("，")[0] + "，结合本区实际，制定本措施。\n"
                + "第二条 支持对象：" + line.eligibility() + "。\n"
                + "第三条 支持标准：" + line.benefits() + "。\n"
                + "第四条 同一企业同一事项符合本区多项政策的，按照就高不重复原则执行。\n"
                + "第五条 本措施由" + line.issuer() + "负责解释。";
    }

    /**
     * A policy reviewed before the platform: its fair-competition review, a 30-day comment period starting
     * {@code commentFrom}, the legality review passed, and (when {@code batch} is given) its publication.
     */
    private static long imported(DraftRepository repository, PolicyDraft draft, LocalDate commentFrom, Integer batch,
            LocalDate publishedOn) {
        long id = repository.insert(draft, List.of(), List.of());
        Instant reviewed = commentFrom.minusDays(7).atTime(10, 0).atZone(BEIJING).toInstant();
        long fair = repository.selfReviewed(id, fairReview(id, draft, reviewed)).orElseThrow();
        LocalDate commentTo = commentFrom.plusDays(29);
        repository.commentHeld(id, commentFrom, commentTo);
        Instant submitted = commentTo.plusDays(3).atTime(9, 30).atZone(BEIJING).toInstant();
        long legal = repository.submitted(id, fair, "sunwei", submitted).orElseThrow();
        if (batch == null) {
            return id;
        }
        repository.decided(id, legal, LegalOutcome.PASSED, "zhaomin", "经审查，该措施制定主体适格、程序合法、内容与上位法不相抵触。",
                submitted.plusSeconds(86_400 * 5));
        repository.published(id, batch, "崂山区惠企政策清单（第" + batch + "批）", publishedOn);
        return id;
    }

    private static FairCompetitionReview fairReview(long id, PolicyDraft draft, Instant at) {
        List<FairCompetitionReview.Answer> answers = Arrays.stream(CompetitionCategory.values())
                .map(c -> new FairCompetitionReview.Answer(c, false, switch (c) {
                    case MARKET_ENTRY_EXIT -> "未设置市场准入和退出条件，不限定经营、购买或使用特定经营者的商品和服务。";
                    case FREE_FLOW -> "未对外地和进口商品、服务设置歧视性价格或补贴，不限制外地经营者在本地投资或设立分支机构。";
                    case PRODUCTION_COSTS -> "支持对象以公开、普惠的条件确定（" + draft.eligibility()
                            + "），不针对特定经营者给予选择性补贴或税费优惠。";
                    case BUSINESS_CONDUCT -> "不强制经营者从事垄断行为，不干预企业定价和经营自主权。";
                })).toList();
        return new FairCompetitionReview(0, id, answers, draft.issuer().contains("商务") ? "区商会、楼宇运营企业代表"
                : "区工商联、相关行业协会及企业代表", "支持出台，建议简化申报材料。", "sunwei", at);
    }

    /** New policies at each step: two being drafted, one self-reviewed, two open for comment, two with the lawyer. */
    private static int drafts(DraftService drafts, DraftRepository repository, Timeline timeline, Set<String> present,
            BooleanSupplier stopping) {
        int made = 0;
        LocalDate today = drafts.today();
        List<Object[]> steps = List.of(
                new Object[] {DraftState.DRAFTING, new Line(PolicyTopic.INDUSTRY, "区发展和改革局",
                        "崂山区促进人工智能产业发展若干措施（征求意见稿）", "对人工智能企业算力使用费用给予30%补贴，单家每年最高200万元",
                        "在崂山区注册、从事人工智能技术研发和应用的企业", Yuan.ofWan(new BigDecimal("5000")))},
                new Object[] {DraftState.DRAFTING, new Line(PolicyTopic.BUILDING_ECONOMY, "区商务局",
                        "崂山区支持楼宇经济提质增效十条措施", "对年度税收首次突破5000万元的楼宇给予运营主体100万元奖励",
                        "崂山区内可租面积1万平方米以上的商务楼宇运营主体", Yuan.ofWan(new BigDecimal("2000")))},
                new Object[] {DraftState.FAIR_REVIEWED, new Line(PolicyTopic.MARINE_ECONOMY, "区海洋发展局",
                        "崂山区海洋经济高质量发展扶持办法", "对海洋领域新获批省级以上创新平台给予最高300万元奖励",
                        "在崂山区注册的涉海企业、高校和科研院所", Yuan.ofWan(new BigDecimal("3000")))},
                new Object[] {DraftState.IN_COMMENT, new Line(PolicyTopic.FINANCING, "区地方金融监督管理局",
                        "崂山区科技企业融资增信支持办法", "对科技企业信用贷款给予贴息50%，并对担保费给予全额补贴",
                        "在崂山区注册的科技型中小企业和高新技术企业", Yuan.ofWan(new BigDecimal("4000")))},
                new Object[] {DraftState.IN_COMMENT, new Line(PolicyTopic.TALENT, "区人力资源和社会保障局",
                        "崂山区青年人才“留崂”计划实施细则", "对新引进的青年人才给予最高3年、每月最高2000元生活补贴",
                        "毕业5年内、首次在崂山区就业并缴纳社会保险的高校毕业生", Yuan.ofWan(new BigDecimal("6000")))},
                new Object[] {DraftState.LEGAL_REVIEW, new Line(PolicyTopic.SPECIALISED, "区工业和信息化局",
                        "崂山区专精特新企业倍增行动方案", "对新认定的国家级专精特新“小巨人”企业奖励100万元",
                        "在崂山区注册纳税、新获认定的专精特新企业", Yuan.ofWan(new BigDecimal("3000")))},
                new Object[] {DraftState.LEGAL_REVIEW, new Line(PolicyTopic.RESEARCH, "区科技局",
                        "崂山区企业研发投入后补助实施办法", "按企业上年度研发投入增量的10%给予后补助，最高100万元",
                        "在崂山区注册、上年度研发投入300万元以上且同比增长的企业", Yuan.ofWan(new BigDecimal("5000")))});
        for (Object[] step : steps) {
            DraftState state = (DraftState) step[0];
            Line line = (Line) step[1];
            if (stopping.getAsBoolean() || present.contains(line.title())) {
                continue;
            }
            PolicyDraft.Content content = new PolicyDraft.Content(line.title(), line.issuer(), line.topic(), body(line),
                    line.benefits(), line.eligibility(), today.plusMonths(2).withDayOfMonth(1),
                    today.plusYears(3).withMonth(12).withDayOfMonth(31), line.budget(), List.of(), List.of());
            if (state == DraftState.LEGAL_REVIEW) {
                PolicyDraft draft = draft(line, line.title(), content.validFrom(), content.validTo());
                long id = imported(repository, draft, today.minusDays(40), null, null);
                timeline.record(DraftWorkflow.PLUGIN, DraftWorkflow.TYPE, String.valueOf(id), "import", null,
                        DraftState.LEGAL_REVIEW.name(), null);
                made++;
                continue;
            }
            long id = drafts.create(content).id();
            made++;
            if (state == DraftState.DRAFTING) {
                continue;
            }
            drafts.selfReview(id, fairReview(id, draft(line, line.title(), content.validFrom(), content.validTo()),
                    Instant.now()).answers(), "区工商联、相关行业协会及企业代表（座谈会）", "支持出台，建议明确申报时间。");
            if (state == DraftState.FAIR_REVIEWED) {
                continue;
            }
            drafts.openComment(id, 30, null);
            Instant at = Instant.now();
            long hailan = repository.comment(new DraftComment(0, id, HAILAN, "hailan-qy",
                    "林海澜（青岛海澜智联科技有限公司）", "建议将支持对象扩大到注册未满一年的企业，并简化申报材料。", at, null, null, null));
            repository.comment(new DraftComment(0, id, MINGDE, "mingde-qy", "姜涵云（青岛明德长青海洋生物科技有限公司）", "希望明确兑现时间和资金拨付方式。", at,
                    null, null, null));
            repository.answered(hailan, "感谢建议，拟在正式稿中将注册时间要求调整为满6个月。", "sunwei", at);
        }
        return made;
    }
}
