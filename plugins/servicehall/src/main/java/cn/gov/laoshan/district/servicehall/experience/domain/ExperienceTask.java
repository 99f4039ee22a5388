package cn.gov.laoshan.district.servicehall.experience.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A task the centre gives an officer: try {@code subject} in {@code mode} and answer the template's questionnaire. */
public record ExperienceTask(long id, String officerLogin, String officerName, TaskSubject subjectKind, String subject,
        ExperienceMode mode, String templateCode, TaskState state, String assignedBy, Instant assignedAt,
        LocalDate dueOn, Instant answeredAt) {
}
