package cn.gov.laoshan.district.housing.domain;

/** Where a project is: being planned (前期), under way (在建), completed (已完成), suspended (暂缓). */
public enum ProjectStatus {
    PREPARING, UNDER_WAY, COMPLETED, SUSPENDED;

    public boolean open() {
        return this == PREPARING || this == UNDER_WAY;
    }
}
