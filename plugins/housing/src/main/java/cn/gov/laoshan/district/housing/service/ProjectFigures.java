package cn.gov.laoshan.district.housing.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.service.ProjectService.Figures;

/** The dashboard's figures counted over the projects a user sees ({@link ProjectService#figures}). */
final class ProjectFigures {

    private ProjectFigures() {
    }

    static Figures of(List<Project> all, Function<Project, PlanView> view) {
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        int completed = 0;
        int withoutPlan = 0;
        int overdue = 0;
        int saved = 0;
        int ahead = 0;
        String best = null;
        int bestDays = 0;
        for (Project p : all) {
            if (!p.hasPlan()) {
                withoutPlan++;
                continue;
            }
            PlanView v = view.apply(p);
            Stage s = v.currentStage();
            if (s == null) {
                completed++;
            } else {
                byStage.merge(s, 1, Integer::sum);
            }
            overdue += (int) v.overdueCount();
            int d = v.daysSaved();
            if (d > 0) {
                saved += d;
                ahead++;
                if (d > bestDays) {
                    bestDays = d;
                    best = p.name();
                }
            }
        }
        return new Figures(all.size(), byStage, completed, withoutPlan, overdue, saved, ahead, best, bestDays);
    }
}
