package cn.gov.laoshan.district.mediation.domain;

import java.time.Instant;

/**
 * A mediator's declared relationship (回避关系申报) to a person (by ID number) or an enterprise (by USCC): a case
 * with that party may not be assigned to them.
 *
 * @param partyKey the person's ID number or the enterprise's credit code, as the recusal check compares them
 */
public record Relation(long id, String login, boolean enterprise, String partyKey, String partyName, String description,
        Instant declaredAt, String declaredBy) {
}
