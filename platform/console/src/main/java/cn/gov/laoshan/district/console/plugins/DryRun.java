package cn.gov.laoshan.district.console.plugins;

import java.util.List;

/**
 * What installing or updating an uploaded jar would do, found without changing anything.
 *
 * @param jar          the checked jar
 * @param existing     the installed bundle it would update, or {@code null} for a new install
 * @param oldVersion   the installed version, or {@code null}
 * @param requirements each mandatory requirement and whether something provides it
 * @param affected     other bundles wired to the one it replaces (they would see the new version after a refresh)
 * @param migrations   the SQL migrations that would run on its schema
 */
public record DryRun(PluginJar jar, Long existing, String oldVersion, List<Requirement> requirements,
        List<String> affected, List<String> migrations) {

    /** One requirement of the bundle: {@code package com.google.gson version [2.11.0,3.0.0)}. */
    public record Requirement(String description, boolean met, String provider, boolean optional) {
    }

    public boolean isUpdate() {
        return existing != null;
    }

    public List<Requirement> missing() {
        return requirements.stream().filter(r -> !r.met() && !r.optional()).toList();
    }

    public boolean resolves() {
        return missing().isEmpty();
    }
}
