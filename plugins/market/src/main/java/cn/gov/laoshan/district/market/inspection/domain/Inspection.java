package cn.gov.laoshan.district.market.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One drawn target of a draw, its inspectors and its result once recorded (published with it). {@code grade} is the
 * grade it was drawn in: internal, {@code null} in what is published.
 */
public record Inspection(long id, long drawId, String drawTitle, String uscc, String name, String grade, List<String> inspectors,
        InspectionResult state, String findings, LocalDate inspectedOn, String recordedBy, Instant recordedAt) {
}
