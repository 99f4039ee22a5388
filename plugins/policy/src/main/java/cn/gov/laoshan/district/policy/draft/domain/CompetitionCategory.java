package cn.gov.laoshan.district.policy.draft.domain;

/**
 * The four categories of measures a fair-competition review (公平竞争审查, 公平竞争审查条例 2024 arts. 8-12) asks
 * about, each of which the drafter answers with reasons (labels: {@code policy.draft.category.<NAME>}).
 */
public enum CompetitionCategory {
    /** 市场准入和退出: entry and exit barriers, licences beyond the law, exclusive rights. */
    MARKET_ENTRY_EXIT,
    /** 商品和要素自由流动: discrimination against goods, services or capital from elsewhere. */
    FREE_FLOW,
    /** 影响生产经营成本: selective subsidies, tax or fee breaks for specific operators. */
    PRODUCTION_COSTS,
    /** 影响生产经营行为: forcing or steering operators' conduct, price fixing. */
    BUSINESS_CONDUCT
}
