package cn.gov.laoshan.district.housing.service;

/** The plugin's permission ids (the identity demo roles use them); screens and service methods check them. */
public final class HousingPermissions {

    /**
     * The department the plugin belongs to (区住房和城乡建设局): records made by a district-wide role or the system
     * belong to it.
     */
    public static final String DEPARTMENT = "housing";

    /** See projects, plans, Gantt, issues, meetings and figures. */
    public static final String VIEW = "housing.project.view";
    /** Register projects, make and tailor plans, record actuals, log and update blocking issues. */
    public static final String MANAGE = "housing.project.manage";
    /** Manage the approval service menus (templates), import and export them. */
    public static final String TEMPLATES = "housing.template.manage";
    /** Hold dispatch meetings: record agenda, decisions and action items. */
    public static final String MEETINGS = "housing.meeting.run";

    private HousingPermissions() {
    }
}
