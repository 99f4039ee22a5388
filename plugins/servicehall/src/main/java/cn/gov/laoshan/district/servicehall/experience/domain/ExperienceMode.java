package cn.gov.laoshan.district.servicehall.experience.domain;

/**
 * How the officer tries it (labels: {@code servicehall.experience.mode.<NAME>}): openly as an officer, anonymously
 * (暗访), by observing others being served, or by really handling a matter of their own (真实办理).
 */
public enum ExperienceMode {
    OPEN, ANONYMOUS, OBSERVATION, REAL_HANDLING
}
